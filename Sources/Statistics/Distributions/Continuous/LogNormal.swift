import RealModule

/// The log-normal distribution: X = exp(μ + σZ) with Z standard normal.
///
/// Three parameterisations, all mapping to (μ, σ):
/// - `init(mu:sigma:)` — the log-scale mean and standard deviation;
/// - `init(median:p90:)` — μ = ln median, σ = (ln p90 − ln median)/z₀.₉ with z₀.₉ = Φ⁻¹(0.9);
/// - `init(mean:sd:)` — moments: σ² = ln(1 + sd²/mean²), μ = ln mean − σ²/2.
public struct LogNormal: ContinuousDistribution, Equatable {
    /// Mean of ln X.
    public let mu: Double
    /// Standard deviation of ln X.
    public let sigma: Double

    /// - Throws: `DistributionError` unless `mu` is finite and `sigma` positive and finite.
    public init(mu: Double, sigma: Double) throws(DistributionError) {
        let check = ParameterCheck("log-normal")
        try check.finite(mu, "mu")
        try check.positive(sigma, "sigma")
        self.mu = mu
        self.sigma = sigma
    }

    /// The log-normal with the given median and 90th percentile.
    /// - Throws: `DistributionError` unless `0 < median < p90`, both finite.
    public init(median: Double, p90: Double) throws(DistributionError) {
        let check = ParameterCheck("log-normal")
        try check.positive(median, "median")
        try check.finite(p90, "p90")
        try check.require(p90 > median, "p90", p90, "must exceed median \(median.messageText)")
        try self.init(mu: Double.log(median), sigma: (Double.log(p90) - Double.log(median)) / Self.z90)
    }

    /// The log-normal with the given mean and standard deviation (method of moments).
    /// - Throws: `DistributionError` unless both are positive and finite.
    public init(mean: Double, sd: Double) throws(DistributionError) {
        let check = ParameterCheck("log-normal")
        try check.positive(mean, "mean")
        try check.positive(sd, "sd")
        let ratio = sd / mean
        let sigmaSquared = Double.log(onePlus: ratio * ratio)
        try self.init(mu: Double.log(mean) - 0.5 * sigmaSquared, sigma: sigmaSquared.squareRoot())
    }

    /// Φ⁻¹(0.9), the standard normal 90th percentile.
    static let z90 = Normal.standardQuantile(0.9)

    public var mean: Double { Double.exp(mu + 0.5 * sigma * sigma) }
    /// (e^{σ²} − 1)·e^{2μ + σ²}, with expm1 for accuracy at small σ.
    public var variance: Double { Double.expMinusOne(sigma * sigma) * Double.exp(2 * mu + sigma * sigma) }
    public var median: Double { Double.exp(mu) }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        Double.exp(mu + sigma * Normal.standardSample(using: &rng))
    }

    /// The inverse CDF exp(μ + σΦ⁻¹(p)), for p in (0, 1).
    public func quantile(_ p: Double) -> Double { Double.exp(mu + sigma * Normal.standardQuantile(p)) }

    /// P(X ≤ x) = Φ((ln x − μ)/σ); 0 for x ≤ 0.
    public func cdf(_ x: Double) -> Double {
        x > 0 ? Normal.standardCDF((Double.log(x) - mu) / sigma) : 0
    }
}
