import Statistics

/// Recurring revenue already under contract, decaying with churn.
public struct Recurring: Sendable, Equatable {
    public var startingMRR: UncertainValue
    /// Monthly churn rate, drawn once per trial.
    public var churnMonthly: UncertainValue
    /// Whether recurring revenue counts toward the target (it is always reported).
    public var countsTowardTarget: Bool

    public init(startingMRR: UncertainValue, churnMonthly: UncertainValue, countsTowardTarget: Bool = false) {
        self.startingMRR = startingMRR
        self.churnMonthly = churnMonthly
        self.countsTowardTarget = countsTowardTarget
    }
}
