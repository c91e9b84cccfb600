/// The continuous uniform distribution on [min, max).
///
/// Sampling: `min + (max − min)·U` with U a 53-bit uniform in [0, 1).
public struct Uniform: ContinuousDistribution, Equatable {
    public let min: Double
    public let max: Double

    /// - Throws: `DistributionError` unless both bounds are finite and `min < max`.
    public init(min: Double, max: Double) throws(DistributionError) {
        let check = ParameterCheck("uniform")
        try check.finite(min, "min")
        try check.finite(max, "max")
        try check.require(max > min, "max", max, "must exceed min \(min.messageText)")
        try check.require((max - min).isFinite, "max", max, "is too far from min \(min.messageText): the width overflows")
        self.min = min
        self.max = max
    }

    public var mean: Double { 0.5 * (min + max) }
    public var variance: Double { (max - min) * (max - min) / 12 }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        min + (max - min) * rng.nextUnit()
    }

    /// The inverse CDF, `min + p·(max − min)`, for p in [0, 1].
    public func quantile(_ p: Double) -> Double { min + p * (max - min) }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double { Swift.min(1, Swift.max(0, (x - min) / (max - min))) }
}
