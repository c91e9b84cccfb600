import Statistics

/// Up to 64 independent three-way decisions at once: for each lane j, a uniform U_j in
/// [0, 1) is compared with two probabilities q ≤ p, giving U_j < q, q ≤ U_j < p, or U_j ≥ p.
///
/// Bit-sliced digit-by-digit comparison (Devroye 1986, *Non-Uniform Random Variate
/// Generation*, §XV.1, comparing a uniform with p one binary digit at a time): bit j of
/// the k-th 64-bit draw is the k-th binary digit of U_j. A lane is decided at the first digit
/// where U_j differs from p (below when U_j has 0 and p has 1), and when p's expansion ends
/// (its remaining digits are 0) every undecided lane is at or above p. Every lane is
/// decided with probability ½ per digit, so 64 lanes take about log₂ 64 + 1.3 ≈ 7.3 draws
/// on average, far fewer than one draw per lane, and the decision is exact for p as the
/// double it is (not rounded to some number of bits). Both thresholds read the same digits,
/// so the two decisions concern the same U_j.
/// - Complexity: O(log lanes) expected draws; at most the length of p's and q's binary
///   expansions (≤ 1,075 digits).
enum SlicedBernoulli {
    /// Lanes per draw: the bits of one 64-bit word.
    static let laneCount = UInt64.bitWidth
    /// The binary digits of a probability in [0, 1), produced one at a time. Doubling and
    /// subtracting 1 are exact in floating point, so the digits are those of the double.
    struct Digits {
        var rest: Double

        /// The next digit as a lane mask: all ones for 1, zero for 0.
        @inline(__always)
        mutating func next() -> UInt64 {
            rest += rest
            let one = rest >= 1
            rest -= one ? 1 : 0
            return one ? ~0 : 0
        }

        /// Whether every remaining digit is 0.
        @inline(__always)
        var exhausted: Bool { rest == 0 }
    }

    /// The lanes of `lanes` whose uniform falls below `p` and below `q`.
    /// - Parameters:
    ///   - lanes: the lanes to decide (a bit mask).
    ///   - p, q: probabilities with 0 ≤ q ≤ p ≤ 1 (values outside [0, 1] act as clamped).
    /// - Returns: `belowP` ⊇ `belowQ`, both within `lanes`.
    @inline(__always)
    static func draw(lanes: UInt64, p: Double, q: Double, using rng: inout RandomStream) -> (belowP: UInt64, belowQ: UInt64) {
        var belowP: UInt64 = p >= 1 ? lanes : 0
        var belowQ: UInt64 = q >= 1 ? lanes : 0
        var openP: UInt64 = p > 0 && p < 1 ? lanes : 0
        var openQ: UInt64 = q > 0 && q < 1 ? lanes : 0
        var digitsP = Digits(rest: p)
        var digitsQ = Digits(rest: q)
        while openP | openQ != 0 {
            let u = rng.next()
            let dp = digitsP.next()
            belowP |= openP & ~u & dp
            openP &= ~(u ^ dp)
            if digitsP.exhausted { openP = 0 }
            let dq = digitsQ.next()
            belowQ |= openQ & ~u & dq
            openQ &= ~(u ^ dq)
            if digitsQ.exhausted { openQ = 0 }
        }
        return (belowP, belowQ)
    }

    /// The lane mask of the lowest `count` lanes, `count` ≥ 0 (64 or more gives every lane).
    @inline(__always)
    static func lowLanes(_ count: Int) -> UInt64 {
        count >= laneCount ? ~0 : (1 << UInt64(count)) &- 1
    }
}
