import RealModule

/// Precomputed constants of the Marsaglia–Tsang method for one shape (scale 1).
@usableFromInline
struct GammaKernel: Sendable, Equatable {
    /// Squeeze constant of Marsaglia & Tsang (2000): accept when U < 1 − 0.0331·Z⁴.
    @usableFromInline static let squeeze = 0.0331

    /// The shape actually sampled: k, or k + 1 when boosting.
    @usableFromInline let d: Double
    @usableFromInline let c: Double
    /// 1/k when k < 1 (boost G·U^{1/k}), otherwise nil.
    @usableFromInline let inverseShape: Double?
    /// The normal ziggurat's tables, read once here so a draw does not go through the lazy
    /// global `NormalZiggurat.shared` (an initialisation check and an out-of-line call).
    @usableFromInline let normal: NormalZiggurat

    @usableFromInline
    init(shape: Double) {
        let boosted = shape < 1
        d = (boosted ? shape + 1 : shape) - 1.0 / 3.0
        c = 1 / (9 * d).squareRoot()
        inverseShape = boosted ? 1 / shape : nil
        normal = NormalZiggurat.shared
    }

    /// Kernels are equal when their constants are (every kernel reads the same normal tables).
    @usableFromInline
    static func == (lhs: GammaKernel, rhs: GammaKernel) -> Bool {
        lhs.d == rhs.d && lhs.c == rhs.c && lhs.inverseShape == rhs.inverseShape
    }

    /// One Gamma(k, 1) draw.
    @inlinable
    func sample(using rng: inout RandomStream) -> Double {
        let g = marsagliaTsang(using: &rng)
        guard let inverseShape else { return g }
        return g * Double.exp(-StandardExponential.sample(using: &rng) * inverseShape)
    }

    /// ln of one Gamma(k, 1) draw, finite even when the draw itself would underflow to 0
    /// (needed for Beta with small shapes).
    @inlinable
    func logSample(using rng: inout RandomStream) -> Double {
        let g = Double.log(marsagliaTsang(using: &rng))
        guard let inverseShape else { return g }
        return g - StandardExponential.sample(using: &rng) * inverseShape
    }

    /// Gamma(d + 1/3, 1) by Marsaglia & Tsang's squeeze/acceptance loop.
    @inlinable
    func marsagliaTsang(using rng: inout RandomStream) -> Double {
        while true {
            var z: Double, v: Double
            repeat {
                z = normal.sample(using: &rng)
                v = 1 + c * z
            } while v <= 0
            v = v * v * v
            let u = rng.nextOpenUnit()
            let z2 = z * z
            if u < 1 - Self.squeeze * z2 * z2 { return d * v }
            if Double.log(u) < 0.5 * z2 + d * (1 - v + Double.log(v)) { return d * v }
        }
    }
}
