import Statistics

/// The stages a lead passes through; the last stage is "won".
public struct Funnel: Sendable, Equatable {
    /// In order, at least one. Stage `s` converts the survivors of stage `s − 1`.
    public var stages: [FunnelStage]
    /// Probability of each lag (months from lead month to close month), index = lag;
    /// sums to 1. `[1]` closes every deal in its lead month.
    public var cycleMonths: [Double]
    /// Amount of each won deal, drawn independently per deal.
    public var dealSize: UncertainValue

    public init(stages: [FunnelStage], cycleMonths: [Double] = [1], dealSize: UncertainValue) {
        precondition(!stages.isEmpty, "a funnel has at least one stage")
        self.stages = stages
        self.cycleMonths = cycleMonths
        self.dealSize = dealSize
    }
}

/// One conversion step, e.g. lead → opportunity at 12%.
public struct FunnelStage: Sendable, Equatable {
    public var name: String
    /// Conversion rate in [0, 1], drawn once per trial when it is a distribution.
    public var rate: UncertainValue

    public init(name: String, rate: UncertainValue) {
        self.name = name
        self.rate = rate
    }
}
