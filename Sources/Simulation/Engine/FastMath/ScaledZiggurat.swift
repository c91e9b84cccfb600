import Statistics

/// e^{σZ} for a standard normal Z, with the normal ziggurat's layers scaled once per σ into
/// the argument units of `FastExp`, so a candidate accepted in its rectangle becomes e^{σZ}
/// after one multiplication and no Cody–Waite reduction.
///
/// `NormalZiggurat` (Marsaglia & Tsang 2000) reads layer i and 53 signed bits j from a
/// 64-bit word and accepts z = j·2⁻⁵²·x_i at once when |z| < x_{i+1}. Here:
/// - the test is |j| < k_i, with k_i the least j ≥ 0 whose candidate fails it, found once by
///   bisection on the ziggurat's own floating-point test (the candidate is monotone in
///   |j| and symmetric in its sign), so every accept/reject decision is the ziggurat's. It
///   reads the raw word, whose bits above the 11 low ones are j: −k_i < j < k_i exactly when
///   word + (k_i − 1)·2¹¹ < (2k_i − 1)·2¹¹ in wrapping unsigned arithmetic (one addition and
///   one comparison, no sign handling);
/// - an accepted candidate gives t = j·w_i with w_i = σ·x_i·2⁻⁵²·N/ln2, which is σz in units
///   of ln2/N (Tang 1989, as in `FastExp`): n = round(t), and f = t − n is exact (Sterbenz),
///   so e^{σz} = 2^{⌊n/N⌋}·2^{(n mod N)/N}·e^{f·ln2/N}, the last factor by `FastExp`'s degree-4
///   Taylor polynomial written in f, with coefficients (ln2/N)^m/m!.
///
/// Accuracy: t carries four roundings (the constant N/ln2, the two products forming w_i, and
/// the product with j), a relative error of at most 2⁻⁵¹, which moves e^{σz} by at most
/// 2|σz| units in the last place; with the table and polynomial the result is within
/// (2|σz| + 4) ulp of e^{σz} for the exact σ·z (tested). Rejected candidates go through `NormalZiggurat.finish`
/// and `FastExp.exp`. Valid for σ·r ≤ `FastExp.fastRange`, r the ziggurat's tail start, so
/// every rectangle candidate stays in the table range.
///
/// The w_i live in a plan's `KernelStorage`, the k_i (the same for every σ) in a table built
/// once per process; both are read through plain pointers (`@unchecked Sendable`: immutable
/// once built).
struct ScaledZiggurat: @unchecked Sendable {
    /// w_i for each layer.
    let steps: UnsafePointer<Double>
    /// The rectangle test's ((k_i − 1)·2¹¹, (2k_i − 1)·2¹¹) for each layer ((0, 0) when k_i = 0:
    /// never inside).
    let rectangles: UnsafePointer<SIMD2<UInt64>>
    /// 2^{j/N} (`FastTables`).
    let powers: UnsafePointer<Double>
    let sigma: Double

    /// 2⁻⁵², the weight of the lowest of the candidate's 53 signed bits (`NormalZiggurat`).
    static let bitWeight = 0x1.0p-52
    /// The low bits of a word below j (8 choose the layer, 3 are unused).
    static let layerShift: UInt64 = 11
    /// Layers of the normal ziggurat (the values of its 8 layer bits).
    static let layerCount = Int(NormalZiggurat.layerMask) + 1
    /// (ln2/N)^m/m! for m = 1…4: the Taylor coefficients of e^{f·ln2/N} in f.
    static let coefficients: (Double, Double, Double, Double) = {
        let step = FastExp.ln2High / Double(FastExp.tableSize) + FastExp.ln2Low / Double(FastExp.tableSize)
        return (step, step * step / 2, step * step * step / 6, step * step * step * step / 24)
    }()

    /// - Precondition: 0 < σ ≤ `FastExp.fastRange` / `NormalZiggurat.tailStart`.
    init(sigma: Double, storage: KernelStorage) {
        precondition(sigma > 0 && sigma <= FastExp.fastRange / NormalZiggurat.tailStart, "σ outside the table range")
        let ziggurat = NormalZiggurat.shared
        let layers = 0..<Self.layerCount
        self.sigma = sigma
        powers = FastTables.shared.powers
        let steps = layers.map { sigma * ziggurat.x[$0] * Self.bitWeight * FastExp.inverseStep }
        self.steps = storage.store(steps).baseAddress.unsafelyUnwrapped
        rectangles = Self.sharedRectangles
    }

    /// The rectangle tests, which do not depend on σ: built on first use and never freed
    /// (4 kB for the life of the process). `nonisolated(unsafe)`: the memory is written only
    /// inside the lazy initialiser, which runs once, and is read-only afterwards.
    nonisolated(unsafe) private static let sharedRectangles: UnsafePointer<SIMD2<UInt64>> = {
        let ziggurat = NormalZiggurat.shared
        let tests = (0..<layerCount).map { layer in
            let limit = limit(layer: layer, ziggurat)
            guard limit > 0 else { return SIMD2<UInt64>() }
            return SIMD2((limit - 1) << layerShift, (2 * limit - 1) << layerShift)
        }
        let table = UnsafeMutablePointer<SIMD2<UInt64>>.allocate(capacity: layerCount)
        table.initialize(from: tests, count: layerCount)
        return UnsafePointer(table)
    }()

    /// The least j ≥ 0 whose candidate j·2⁻⁵²·x_i is not inside the layer's rectangle.
    static func limit(layer: Int, _ ziggurat: NormalZiggurat) -> UInt64 {
        guard ziggurat.inRectangle(layer: layer, value: 0) else { return 0 }
        // |j| ≤ 2⁵²; low is inside, high is outside or past every j.
        var low: UInt64 = 0, high: UInt64 = (1 << 52) + 1
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if ziggurat.inRectangle(layer: layer, value: Double(middle) * bitWeight * ziggurat.x[layer]) {
                low = middle
            } else {
                high = middle
            }
        }
        return high
    }

    /// The layer and signed bits of a 64-bit word, as `NormalZiggurat.candidate` reads them.
    @inline(__always)
    static func split(_ bits: UInt64) -> (layer: Int, j: Int64) {
        (Int(truncatingIfNeeded: bits & NormalZiggurat.layerMask), Int64(bitPattern: bits) >> layerShift)
    }

    /// Whether the word's candidate lies inside its layer's rectangle.
    @inline(__always)
    func inRectangle(_ bits: UInt64) -> Bool {
        let rectangle = rectangles[Int(truncatingIfNeeded: bits & NormalZiggurat.layerMask)]
        return bits &+ rectangle[0] < rectangle[1]
    }

    /// e^{σz} of two words whose candidates are inside their rectangles, lane by lane.
    @inline(__always)
    func rectangleExp(_ a: UInt64, _ b: UInt64) -> SIMD2<Double> {
        let (layerA, jA) = Self.split(a)
        let (layerB, jB) = Self.split(b)
        let t = SIMD2(Double(jA) * steps[layerA], Double(jB) * steps[layerB])
        let shifter = SIMD2<Double>(repeating: FastExp.roundingShifter)
        let shifted = t + shifter
        let f = t - (shifted - shifter)
        let c = Self.coefficients
        var polynomial = f * c.3 + c.2
        polynomial = f * polynomial + c.1
        polynomial = f * polynomial + c.0
        polynomial = f * polynomial + 1
        let n0 = Int(truncatingIfNeeded: shifted[0].bitPattern &- FastExp.roundingShifter.bitPattern)
        let n1 = Int(truncatingIfNeeded: shifted[1].bitPattern &- FastExp.roundingShifter.bitPattern)
        let mask = FastExp.tableSize - 1
        let scaled = SIMD2(powers[n0 & mask] * FastExp.scale(n0 >> FastExp.tableBits),
                           powers[n1 & mask] * FastExp.scale(n1 >> FastExp.tableBits))
        return scaled * polynomial
    }

    /// e^{σz} of one word's candidate, inside its rectangle or not: a rejected candidate
    /// continues the ziggurat with the stream's following words.
    @inline(__always)
    func exp(_ bits: UInt64, using generator: inout RandomStream) -> Double {
        if inRectangle(bits) { return rectangleExp(bits, bits)[0] }
        let (value, next) = rejectedExp(bits, stream: generator)
        generator = next
        return value
    }

    /// e^{σz} of a candidate outside its rectangle: the ziggurat's wedge or tail steps
    /// (`NormalZiggurat.finish`), then `FastExp.exp`. Out of line, with the stream taken and
    /// returned by value, so the caller's loop keeps its generator and tables in registers.
    @inline(never)
    func rejectedExp(_ bits: UInt64, stream: RandomStream) -> (Double, RandomStream) {
        let ziggurat = NormalZiggurat.shared
        let (layer, j) = Self.split(bits)
        let (z, next) = ziggurat.finish(layer: layer, value: Double(j) * Self.bitWeight * ziggurat.x[layer], stream: stream)
        return (FastExp.exp(sigma * z, tables: .shared), next)
    }
}
