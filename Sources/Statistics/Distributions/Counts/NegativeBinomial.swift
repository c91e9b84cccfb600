/// The negative binomial distribution: failures before the r-th success in trials of success
/// probability p, P(N = k) = Γ(k + r)/(k! Γ(r)) · p^r (1 − p)^k, for real r > 0.
///
/// Sampling by the Poisson–gamma mixture (Devroye 1986, §X.4.7): Λ ~ Gamma(r, (1 − p)/p),
/// N | Λ ~ Poisson(Λ). Both stages are exact and O(1) expected time.
public struct NegativeBinomial: CountDistribution, Equatable {
    /// r, the number of successes (any positive real, the "size").
    public let successes: Double
    /// p, the success probability of each trial.
    public let probability: Double
    @usableFromInline let rate: GammaKernel
    @usableFromInline let rateScale: Double

    /// - Throws: `DistributionError` unless r > 0, 0 < p ≤ 1, and the mean r(1 − p)/p ≤ 1e15.
    public init(successes r: Double, probability p: Double) throws(DistributionError) {
        let check = ParameterCheck("negative binomial")
        try check.positive(r, "successes")
        try check.require(p > 0 && p <= 1, "probability", p, "is outside (0, 1]")
        let mean = r * (1 - p) / p
        try check.require(mean <= Poisson.maximumMean, "probability", p,
                          "gives mean \(mean) above the largest supported mean 1e15")
        successes = r
        probability = p
        rate = GammaKernel(shape: r)
        rateScale = (1 - p) / p
    }

    /// The negative binomial with the given mean and dispersion (R's `size`, the θ of
    /// `MASS::glm.nb`): variance = mean + mean²/dispersion, so r = dispersion and
    /// p = dispersion/(dispersion + mean). Smaller dispersion means more over-dispersion;
    /// as dispersion → ∞ it tends to Poisson(mean).
    /// - Throws: `DistributionError` unless mean ≥ 0 and dispersion > 0, both finite.
    public init(mean: Double, dispersion: Double) throws(DistributionError) {
        let check = ParameterCheck("negative binomial")
        try check.nonNegative(mean, "mean")
        try check.positive(dispersion, "dispersion")
        try self.init(successes: dispersion, probability: dispersion / (dispersion + mean))
    }

    public var mean: Double { successes * (1 - probability) / probability }
    public var variance: Double { mean / probability }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Int {
        if rateScale == 0 { return 0 }
        let lambda = rateScale * rate.sample(using: &rng)
        return PoissonKernel.sample(mean: lambda, using: &rng)
    }
}
