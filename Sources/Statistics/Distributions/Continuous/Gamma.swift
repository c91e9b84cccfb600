/// The gamma distribution with shape k and scale θ: density x^{k−1}e^{−x/θ}/(Γ(k)θ^k), x > 0.
///
/// Sampling: Marsaglia & Tsang ("A simple method for generating gamma variables", ACM TOMS
/// 26(3), 2000). For k ≥ 1, with d = k − 1/3 and c = 1/√(9d), draw Z normal and U uniform,
/// V = (1 + cZ)³, accept dV when U < 1 − 0.0331Z⁴ (squeeze) or ln U < Z²/2 + d(1 − V + ln V).
/// Acceptance is above 95% for every k ≥ 1, so the time is O(1). For k < 1 the same method
/// draws G ~ Gamma(k + 1) and returns G·U^{1/k} (the "boost", same paper, section 6), with
/// U^{1/k} formed as e^{−E/k} from a ziggurat exponential E (E = −ln U in distribution).
///
/// For very small shapes a true Gamma(k) draw can lie below the smallest double (for k = 0.01,
/// P(X < 1e−300) ≈ 0.001); such draws round to 0, which is the correctly rounded value.
public struct Gamma: ContinuousDistribution, Equatable {
    public let shape: Double
    public let scale: Double
    @usableFromInline let kernel: GammaKernel

    /// - Throws: `DistributionError` unless `shape` and `scale` are positive and finite.
    public init(shape: Double, scale: Double) throws(DistributionError) {
        let check = ParameterCheck("gamma")
        try check.positive(shape, "shape")
        try check.positive(scale, "scale")
        self.shape = shape
        self.scale = scale
        self.kernel = GammaKernel(shape: shape)
    }

    /// The gamma with the given mean and standard deviation: k = (mean/sd)², θ = sd²/mean.
    /// - Throws: `DistributionError` unless both are positive and finite.
    public init(mean: Double, sd: Double) throws(DistributionError) {
        let check = ParameterCheck("gamma")
        try check.positive(mean, "mean")
        try check.positive(sd, "sd")
        let ratio = mean / sd
        try self.init(shape: ratio * ratio, scale: sd * sd / mean)
    }

    public var mean: Double { shape * scale }
    public var variance: Double { shape * scale * scale }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        scale * kernel.sample(using: &rng)
    }
}
