import RealModule

/// The standard exponential distribution, density e^{−x} on [0, ∞), used inside other
/// samplers (the gamma boost, Jöhnk's beta) in place of −ln U.
///
/// Sampling: the 256-layer exponential ziggurat of Marsaglia & Tsang (J. Stat. Softw. 5(8),
/// 2000): one 64-bit draw on the fast path (97.8% of draws); the tail beyond r is r plus a
/// fresh exponential (memorylessness), drawn as r − ln U. Exact.
@usableFromInline
enum StandardExponential {
    @inlinable
    static func sample(using rng: inout RandomStream) -> Double {
        while true {
            let bits = rng.next()
            let layer = Int(bits & 0xFF)
            let x = Double(bits >> 11) * 0x1.0p-53 * ZigguratTables.exponential.x[layer]
            if x < ZigguratTables.exponential.x[layer + 1] { return x }
            if let accepted = slowPath(layer: layer, x: x, using: &rng) { return accepted }
        }
    }

    @usableFromInline @inline(never)
    static func slowPath(layer: Int, x candidate: Double, using rng: inout RandomStream) -> Double? {
        if layer == 0 { return ZigguratTables.exponentialTailStart - Double.log(rng.nextOpenUnit()) }
        let density = Double.exp(-candidate)
        return ZigguratTables.exponential.wedgeAccepts(layer: layer, density: density, using: &rng) ? candidate : nil
    }
}
