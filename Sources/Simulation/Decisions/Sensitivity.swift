/// A tornado of a plan's inputs: P(hit) and mean revenue with each input held low and high,
/// and each uncertain input's share of revenue variance.
public struct Sensitivity: Sendable, Equatable {
    /// Quantile an uncertain input is held at for its "low" bar.
    public static let lowQuantile = 0.10
    /// Quantile an uncertain input is held at for its "high" bar.
    public static let highQuantile = 0.90

    public var planName: String
    public var seed: UInt64
    public var trials: Int
    public var target: Double
    /// The plan as given.
    public var probabilityOfHit: Estimate
    public var meanRevenue: Estimate
    /// Sample variance of window revenue, the denominator of the variance shares.
    public var revenueVariance: Double
    /// ± swing applied to included fixed inputs, e.g. 0.2.
    public var swing: Double
    /// Sorted by |P(hit) swing|, then |mean revenue swing|, largest first.
    public var inputs: [InputSensitivity]

    /// Sum of the first-order shares: the part of revenue variance explained by the inputs
    /// one at a time (the rest comes from interactions and from Poisson, funnel and deal-size
    /// noise that no single input controls).
    public var explainedShare: Double { inputs.reduce(0) { $0 + ($1.varianceShare?.value ?? 0) } }
}

/// One bar of the tornado.
public struct InputSensitivity: Sendable, Equatable {
    public var path: String
    /// True when the input is fixed in the plan and was added with `include`.
    public var isIncluded: Bool
    /// True when the bars move the input's mean (or a list's total) by ± `Sensitivity.swing`
    /// (included inputs and deal size) rather than holding it at its P10 and P90.
    public var movesMean: Bool
    /// The input's value at its low and high settings: the P10 and P90 of its distribution,
    /// or (1 ∓ swing) × its mean; a list input's window total.
    public var lowValue: Double
    public var highValue: Double
    public var low: Outcome
    public var high: Outcome
    /// High minus low, with standard errors from the paired trials.
    public var probabilityOfHitSwing: Estimate
    public var meanRevenueSwing: Estimate
    /// First-order share of revenue variance, Var(E[revenue | input]) / Var(revenue), with
    /// its Monte Carlo standard error: 0 for included fixed inputs, nil for deal size, which
    /// is drawn anew for every deal rather than once per trial.
    public var varianceShare: Estimate?

    /// P(hit) and mean revenue with the input held at one value.
    public struct Outcome: Sendable, Equatable {
        public var probabilityOfHit: Estimate
        public var meanRevenue: Estimate
    }
}
