/// The triangular distribution on [min, max] with peak at `mode`.
///
/// Sampling by inversion of the CDF (Devroye 1986, §II.2): with U uniform and
/// F_c = (mode − min)/(max − min), X = min + √(U(max − min)(mode − min)) when U < F_c,
/// otherwise max − √((1 − U)(max − min)(max − mode)).
public struct Triangular: ContinuousDistribution, Equatable {
    public let min: Double
    public let mode: Double
    public let max: Double
    /// F(mode) = (mode − min)/(max − min), where the two branches of the inverse meet.
    @usableFromInline let modeProbability: Double
    /// (max − min)(mode − min) and (max − min)(max − mode), the squared scales of the branches.
    @usableFromInline let leftScale, rightScale: Double

    /// - Throws: `DistributionError` unless all are finite and min ≤ mode ≤ max with min < max.
    public init(min: Double, mode: Double, max: Double) throws(DistributionError) {
        try Self.validate("triangular", min: min, mode: mode, max: max)
        self.min = min
        self.mode = mode
        self.max = max
        let width = max - min
        modeProbability = (mode - min) / width
        leftScale = width * (mode - min)
        rightScale = width * (max - mode)
    }

    /// The three-point checks shared with `PERT`.
    static func validate(_ name: String, min: Double, mode: Double, max: Double) throws(DistributionError) {
        let check = ParameterCheck(name)
        try check.finite(min, "min")
        try check.finite(mode, "mode")
        try check.finite(max, "max")
        try check.require(max > min, "max", max, "must exceed min \(min.messageText)")
        try check.require((max - min).isFinite, "max", max, "is too far from min \(min.messageText): the width overflows")
        try check.require(mode >= min && mode <= max, "mode", mode,
                          "must lie between min \(min.messageText) and max \(max.messageText)")
    }

    public var mean: Double { (min + mode + max) / 3 }
    public var variance: Double {
        (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18
    }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        quantile(rng.nextUnit())
    }

    /// The inverse CDF, for p in [0, 1]. Both branches are evaluated and one is selected, which
    /// avoids an unpredictable branch (two square roots cost less than a misprediction).
    @inlinable
    public func quantile(_ p: Double) -> Double {
        let left = min + (p * leftScale).squareRoot()
        let right = max - ((1 - p) * rightScale).squareRoot()
        return p < modeProbability ? left : right
    }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        if x <= min { return 0 }
        if x >= max { return 1 }
        if x <= mode { return (x - min) * (x - min) / leftScale }
        return 1 - (max - x) * (max - x) / rightScale
    }
}
