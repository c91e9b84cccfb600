/// Strategies side by side with the base plan, simulated on common random numbers.
public struct Comparison: Sendable, Equatable {
    public var base: SimulationResult
    /// In the order given.
    public var strategies: [StrategyComparison]
}

/// One strategy against the base, from paired trials.
///
/// Trial i of the strategy and trial i of the base share every random number of the
/// components they have in common, so the per-trial difference is free of the noise both
/// share; paired standard errors are computed from those differences. The unpaired standard
/// errors (as if the runs were independent) are reported beside them to show the gain.
public struct StrategyComparison: Sendable, Equatable {
    public var result: SimulationResult
    /// P(hit) of the strategy minus that of the base; SE from the paired differences.
    public var probabilityOfHitDifference: Estimate
    /// √(p_s(1 − p_s)/n + p_b(1 − p_b)/n): the SE had the runs been independent.
    public var unpairedProbabilityOfHitStandardError: Double
    /// Mean window revenue of the strategy minus the base's; SE from paired differences.
    public var meanRevenueDifference: Estimate
    /// √(Var_s/n + Var_b/n).
    public var unpairedMeanRevenueStandardError: Double
    /// Window marketing spend of the strategy minus the base's (not random).
    public var spendDifference: Double
    /// Δ mean revenue per extra unit of spend; nil when spend does not change.
    public var incrementalRevenuePerSpend: Estimate?
    /// Fraction of trials where the strategy's revenue exceeds the base's, binomial SE.
    public var probabilityOfBeatingBase: Estimate
    /// Fraction of trials with exactly equal revenue (e.g. the strategy changes nothing
    /// that trial).
    public var probabilityOfTie: Double
}
