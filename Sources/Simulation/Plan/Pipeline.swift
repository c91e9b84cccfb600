import Statistics

/// Deals already open when the window starts.
public struct Pipeline: Sendable, Equatable {
    public var deals: [OpenDeal]
    /// Win probability by stage name; drawn once per trial per stage when a distribution.
    public var winRates: [String: UncertainValue]
    /// Probability that a deal's close moves one month later than planned.
    public var slip: UncertainValue

    public init(deals: [OpenDeal], winRates: [String: UncertainValue], slip: UncertainValue = .fixed(0)) {
        self.deals = deals
        self.winRates = winRates
        self.slip = slip
    }
}

/// One open deal from the CRM export.
public struct OpenDeal: Sendable, Equatable {
    public var id: String
    public var stage: String
    public var amount: Double
    /// Planned close month relative to the window start (negative: overdue, closes in month 0).
    public var closeMonth: Int

    public init(id: String, stage: String, amount: Double, closeMonth: Int) {
        self.id = id
        self.stage = stage
        self.amount = amount
        self.closeMonth = closeMonth
    }
}
