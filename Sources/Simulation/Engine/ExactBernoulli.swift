/// A Bernoulli(p) decision read from 16 random bits at a time, exact to the precision of p.
///
/// Think of a uniform U in [0, 1) as the binary fraction of an endless bit stream. With
/// p·2¹⁶ = h + f (integer h, fraction f), the first 16 bits u decide at once unless u = h:
/// U < p exactly when u < h, or u = h and the following bits, read as a 53-bit fraction,
/// fall below f. The tie happens with probability 2⁻¹⁶, so nearly every decision costs a
/// quarter of a 64-bit draw, yet the probability is p to double precision (not p rounded to
/// 2⁻¹⁶). This is the "digit by digit" comparison of a uniform with p (Devroye 1986,
/// *Non-Uniform Random Variate Generation*, §XV.1) taken 16 digits at a time.
struct ExactBernoulli: Sendable {
    /// Bits read per decision.
    static let chunkBits: UInt64 = 16
    static let chunkMask: UInt64 = (1 << chunkBits) - 1
    static let chunkScale = 0x1.0p16
    static let fractionScale = 0x1.0p53

    /// h, in 0...2¹⁶: u < h decides "yes".
    let high: UInt64
    /// f · 2⁵³: on a tie, "yes" when the next 53 bits fall below this.
    let fraction: UInt64

    /// - Parameter probability: in [0, 1] (clamped).
    init(probability: Double) {
        let scaled = Swift.min(1, Swift.max(0, probability)) * Self.chunkScale
        let whole = scaled.rounded(.down)
        high = UInt64(whole)
        fraction = UInt64((scaled - whole) * Self.fractionScale)
    }

    /// h repeated in the four 16-bit lanes of a word, for `anyLane`; nil when h = 2¹⁶
    /// (p = 1), which no 16-bit value can tie.
    var lanePattern: UInt64? {
        high <= Self.chunkMask ? high &* Self.laneOnes : nil
    }

    static let laneOnes: UInt64 = 0x0001_0001_0001_0001
    static let laneHighBits: UInt64 = 0x8000_8000_8000_8000

    /// Whether any 16-bit lane of `bits` equals the lane value of `pattern` (the classic
    /// zero-lane test on bits ⊕ pattern, Warren, *Hacker's Delight*, §6-1: exact).
    @inline(__always)
    static func anyLane(of bits: UInt64, equals pattern: UInt64?) -> Bool {
        guard let pattern else { return false }
        let x = bits ^ pattern
        return (x &- laneOnes) & ~x & laneHighBits != 0
    }

    /// All ones when `u` (16 bits) is below h, else 0: a mask for branch-free selection.
    @inline(__always)
    func mask(_ u: UInt64) -> UInt64 {
        0 &- ((u &- high) >> 63)
    }

    /// The decision for a tie-resolved draw: `u` the first 16 bits, `tail` the next 53.
    @inline(__always)
    func decide(_ u: UInt64, tail: UInt64) -> Bool {
        u < high || (u == high && tail < fraction)
    }
}
