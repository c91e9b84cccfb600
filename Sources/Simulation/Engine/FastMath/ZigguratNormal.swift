import Foundation
import Statistics

/// A standard normal sampler for the deal-size hot loop: the 256-layer ziggurat of
/// Marsaglia & Tsang ("The ziggurat method for generating random variables", J. Stat.
/// Softw. 5(8), 2000) in Doornik's exact formulation ("An improved ziggurat method to
/// generate normal random samples", 2005).
///
/// `Statistics.Normal` uses the same method; this copy exists only so the kernel can load
/// the tables once per batch of draws (`FastTables`) instead of once per draw, which made
/// table access the largest cost of a trial in the profile. It is tested against the
/// normal distribution's moments and CDF like any sampler.
///
/// Layers: X₀ = v/f(r), X₁ = r, X_{i+1} = f⁻¹(v/X_i + f(X_i)), X₂₅₆ = 0 with f(x) = e^{−x²/2},
/// r = 3.6541528853610088 and v = 0.00492867323399 (the area of each layer). A draw picks a
/// layer with 8 bits and an abscissa with 53 signed bits of the same 64-bit word; it is
/// accepted at once when inside the layer's rectangle (98.8%), otherwise the wedge is
/// tested against the exact density, and the base layer falls back to Marsaglia's (1964)
/// exact tail algorithm.
enum ZigguratNormal {
    static let layers = 256
    static let r = 3.6541528853610088
    static let v = 0.00492867323399
    /// The low 8 bits of a draw pick the layer.
    static let layerMask: UInt64 = 0xFF
    /// Largest log-normal σ for which σ·Z, |Z| < r, stays within `FastExp.fastRange`.
    static let fastSigmaLimit = FastExp.fastRange / r

    /// X_i for i in 0...256.
    static func layerEdges() -> [Double] {
        var x = [Double](repeating: 0, count: layers + 1)
        x[0] = v / density(r)
        x[1] = r
        for i in 1..<(layers - 1) {
            x[i + 1] = (-2 * Foundation.log(v / x[i] + density(x[i]))).squareRoot()
        }
        x[layers] = 0
        return x
    }

    @inline(__always)
    static func density(_ x: Double) -> Double { Foundation.exp(-0.5 * x * x) }

    /// One standard normal draw with the tables of `FastTables`.
    @inline(__always)
    static func sample(x: UnsafePointer<Double>, f: UnsafePointer<Double>, using rng: inout RandomStream) -> Double {
        let bits = rng.next()
        let layer = Int(truncatingIfNeeded: bits & layerMask)
        let candidate = abscissa(bits) * x[layer]
        if abs(candidate) < x[layer + 1] { return candidate }
        return slowPath(layer: layer, candidate: candidate, x: x, f: f, using: &rng)
    }

    /// The signed uniform in (−1, 1) from the high 53 bits of a draw.
    @inline(__always)
    static func abscissa(_ bits: UInt64) -> Double {
        Double(Int64(bitPattern: bits) >> 11) * 0x1.0p-52
    }

    /// `slowPath` with the stream passed and returned by value, so a caller's hot loop can
    /// keep its generator in registers (nothing outside the loop sees its address).
    @inline(never)
    static func resample(
        layer: Int, candidate: Double, x: UnsafePointer<Double>, f: UnsafePointer<Double>, stream: RandomStream
    ) -> (Double, RandomStream) {
        var rng = stream
        let z = slowPath(layer: layer, candidate: candidate, x: x, f: f, using: &rng)
        return (z, rng)
    }

    /// The wedge test, the tail, and retries (about 1.2% of draws).
    @inline(never)
    static func slowPath(
        layer: Int, candidate: Double, x: UnsafePointer<Double>, f: UnsafePointer<Double>, using rng: inout RandomStream
    ) -> Double {
        var layer = layer
        var candidate = candidate
        while true {
            if abs(candidate) < x[layer + 1] { return candidate }
            if layer == 0 {
                // Tail beyond r (Marsaglia 1964): a = −ln(U₁)/r, b = −ln(U₂), accept if 2b > a².
                while true {
                    let a = -Foundation.log(rng.nextOpenUnit()) / r
                    let b = -Foundation.log(rng.nextOpenUnit())
                    if 2 * b > a * a { return candidate < 0 ? -(r + a) : r + a }
                }
            }
            let height = f[layer] + rng.nextUnit() * (f[layer + 1] - f[layer])
            if height < density(candidate) { return candidate }
            let bits = rng.next()
            layer = Int(truncatingIfNeeded: bits & layerMask)
            candidate = abscissa(bits) * x[layer]
        }
    }
}
