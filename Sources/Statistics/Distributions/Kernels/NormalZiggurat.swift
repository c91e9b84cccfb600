import RealModule

/// The standard normal ziggurat with its tables in fixed memory, for hot loops.
///
/// The method of `Normal` (Marsaglia & Tsang, "The ziggurat method for generating random
/// variables", J. Stat. Softw. 5(8), 2000; tail by Marsaglia 1964), exact. `Normal.standardSample`
/// reaches the tables through a lazily initialised global on every draw; a loop that copies
/// `NormalZiggurat.shared` into a local once reads them through plain pointers instead. The
/// pieces of a draw are public too, so a caller can take several candidates first and
/// finish the rare rejected ones afterwards (`candidate`, `inRectangle`, `finish`).
///
/// A draw: 8 bits of a 64-bit word pick layer i, 53 signed bits an abscissa u ∈ [−1, 1);
/// the candidate u·x_i is accepted at once when |u·x_i| < x_{i+1} (about 98.8%), otherwise
/// the wedge is tested against the exact density (or, in the base layer, the tail beyond r
/// is sampled) and a rejected candidate is replaced by a fresh draw.
public struct NormalZiggurat: @unchecked Sendable {
    /// Layer edges x_0 … x_256 (see `ZigguratTables`).
    public let x: UnsafePointer<Double>
    /// Densities f(x_i) = e^{−x_i²/2}.
    public let f: UnsafePointer<Double>
    /// The low bits of a draw that choose the layer.
    public static let layerMask: UInt64 = 0xFF
    /// r, where the tail begins; every candidate accepted at once has |z| < r.
    public static let tailStart = ZigguratTables.normalTailStart

    /// Built on first use and never freed (4 kB for the life of the process).
    public static let shared = NormalZiggurat(ZigguratTables.normal)

    init(_ tables: ZigguratTables) {
        x = Self.permanent(tables.x)
        f = Self.permanent(tables.f)
    }

    private static func permanent(_ values: [Double]) -> UnsafePointer<Double> {
        let pointer = UnsafeMutablePointer<Double>.allocate(capacity: values.count)
        pointer.initialize(from: values, count: values.count)
        return UnsafePointer(pointer)
    }

    /// The layer and candidate u·x_layer of one 64-bit draw.
    @inlinable @inline(__always)
    public func candidate(_ bits: UInt64) -> (layer: Int, value: Double) {
        let layer = Int(truncatingIfNeeded: bits & Self.layerMask)
        let u = Double(Int64(bitPattern: bits) >> 11) * 0x1.0p-52
        return (layer, u * x[layer])
    }

    /// Whether a candidate lies inside its layer's rectangle, where it is accepted at once.
    @inlinable @inline(__always)
    public func inRectangle(layer: Int, value: Double) -> Bool {
        abs(value) < x[layer + 1]
    }

    /// One standard normal draw.
    @inlinable @inline(__always)
    public func sample(using rng: inout RandomStream) -> Double {
        let (layer, value) = candidate(rng.next())
        if inRectangle(layer: layer, value: value) { return value }
        let (z, stream) = finish(layer: layer, value: value, stream: rng)
        rng = stream
        return z
    }

    /// Completes a draw whose candidate is outside its rectangle: the wedge test or the
    /// tail, then fresh draws until one is accepted. The stream is taken and returned by
    /// value, so a caller's loop can keep its generator in registers.
    @inline(never)
    public func finish(layer: Int, value: Double, stream: RandomStream) -> (Double, RandomStream) {
        var rng = stream
        var (layer, value) = (layer, value)
        while true {
            if inRectangle(layer: layer, value: value) { return (value, rng) }
            if let accepted = rareStep(layer: layer, value: value, using: &rng) { return (accepted, rng) }
            (layer, value) = candidate(rng.next())
        }
    }

    /// The wedge test of layer ≥ 1, or for the base layer the tail beyond r by Marsaglia's
    /// exact method (1964). Returns nil when the candidate is rejected.
    func rareStep(layer: Int, value: Double, using rng: inout RandomStream) -> Double? {
        if layer == 0 {
            let r = Self.tailStart
            while true {
                let dx = -Double.log(rng.nextOpenUnit()) / r
                let dy = -Double.log(rng.nextOpenUnit())
                if dy + dy >= dx * dx { return value < 0 ? -(r + dx) : r + dx }
            }
        }
        let density = Double.exp(-0.5 * value * value)
        return f[layer] + (f[layer + 1] - f[layer]) * rng.nextUnit() < density ? value : nil
    }
}
