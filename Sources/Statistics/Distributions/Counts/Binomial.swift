/// The binomial distribution: successes in `trials` independent trials of success
/// probability `probability`.
///
/// Exact for every n and p with O(1) expected time. With r = min(p, 1 − p) (a draw for
/// r is reflected, n − X, when p > 1/2):
/// - n·r < 30: inversion by sequential search with the ratio p_k/p_{k−1} = (n − k + 1)/k · r/(1 − r)
///   (Kachitvichyanukul & Schmeiser 1988, algorithm BINV), expected n·r + 1 steps;
/// - otherwise BTPE (Kachitvichyanukul & Schmeiser, "Binomial random variate generation",
///   CACM 31(2), 1988): triangle/parallelogram/exponential-tail hat with squeezes and a
///   final exact test through Stirling's series.
public struct Binomial: CountDistribution, Equatable {
    /// n·min(p, 1 − p) at which BTPE takes over from inversion (the value used in the paper).
    static let btpeThreshold = 30.0
    /// Largest accepted n: counts up to 2^53 are exact doubles, which the samplers rely on.
    public static let maximumTrials = 1 << 53

    public let trials: Int
    public let probability: Double
    /// Inversion constants; also the whole sampler when p is 0 or 1 or n = 0 (P(X = 0) = 1).
    @usableFromInline let inversion: BinomialInversion

    /// BTPE constants, used when `usesBTPE`. (Two stored kernels and a flag rather than an
    /// enum or optional: binding a large payload copies it on every draw. For the same reason
    /// the struct holds no arrays: a non-trivial `Binomial` made the optimiser copy these
    /// constants per draw, halving BTPE's speed, so there is no CDF table as `Poisson` has.)
    @usableFromInline let btpe: BTPE
    /// Whether n·min(p, 1 − p) ≥ 30.
    @usableFromInline let usesBTPE: Bool

    /// Equal parameters mean equal distributions (the kernels are functions of them).
    public static func == (lhs: Binomial, rhs: Binomial) -> Bool {
        lhs.trials == rhs.trials && lhs.probability == rhs.probability
    }

    /// - Throws: `DistributionError` unless 0 ≤ trials ≤ 2^53 and probability is in [0, 1].
    public init(trials: Int, probability: Double) throws(DistributionError) {
        let check = ParameterCheck("binomial")
        try check.require(trials >= 0, "trials", Double(trials), "must be non-negative")
        try check.require(trials <= Self.maximumTrials, "trials", Double(trials), "exceeds the largest supported 2^53")
        try check.probability(probability, "probability")
        self.trials = trials
        self.probability = probability
        let r = Swift.min(probability, 1 - probability)
        let flipped = probability > 0.5
        inversion = BinomialInversion(trials: trials, r: r, flipped: flipped)
        btpe = BTPE(trials: trials, r: r, flipped: flipped)
        usesBTPE = Double(trials) * r >= Self.btpeThreshold

    }

    public var mean: Double { Double(trials) * probability }
    public var variance: Double { Double(trials) * probability * (1 - probability) }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Int {
        if usesBTPE { return btpe.sample(using: &rng) }
        return inversion.sample(using: &rng)
    }
}
