/// The (Beta-)PERT distribution on [min, max] with most likely value `mode`.
///
/// A scaled beta: X = min + (max − min)·B with B ~ Beta(α, β), α = 1 + 4(mode − min)/(max − min),
/// β = 1 + 4(max − mode)/(max − min) (Malcolm et al., Operations Research 7(5), 1959; the
/// weight 4 is the classic PERT λ). Mean (min + 4·mode + max)/6.
public struct PERT: ContinuousDistribution, Equatable {
    /// Weight of the mode in the PERT mean (the classic λ = 4).
    static let modeWeight = 4.0

    public let min: Double
    public let mode: Double
    public let max: Double
    /// The standard beta on (0, 1) that is scaled to [min, max].
    public let standard: Beta

    /// - Throws: `DistributionError` unless all are finite and min ≤ mode ≤ max with min < max.
    public init(min: Double, mode: Double, max: Double) throws(DistributionError) {
        try Triangular.validate("pert", min: min, mode: mode, max: max)
        self.min = min
        self.mode = mode
        self.max = max
        let width = max - min
        standard = try Beta(alpha: 1 + Self.modeWeight * (mode - min) / width,
                            beta: 1 + Self.modeWeight * (max - mode) / width)
    }

    public var mean: Double { min + (max - min) * standard.mean }
    public var variance: Double { (max - min) * (max - min) * standard.variance }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        min + (max - min) * standard.sample(using: &rng)
    }

    /// The inverse CDF, through the beta quantile, for p in [0, 1].
    public func quantile(_ p: Double) -> Double { min + (max - min) * standard.quantile(p) }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double { standard.cdf((x - min) / (max - min)) }
}
