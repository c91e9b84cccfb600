import Statistics

/// Up to 64 independent Bernoulli decisions at once: for each lane j, whether a uniform U_j
/// in [0, 1) falls below a probability p.
///
/// Bit-sliced digit-by-digit comparison (Devroye 1986, *Non-Uniform Random Variate
/// Generation*, §XV.1, comparing a uniform with p one binary digit at a time): bit j of
/// the k-th 64-bit draw is the k-th binary digit of U_j. A lane is decided at the first digit
/// where U_j differs from p (below when U_j has 0 and p has 1), and when p's expansion ends
/// (its remaining digits are 0) every undecided lane is at or above p. Every lane is
/// decided with probability ½ per digit, so 64 lanes take about log₂ 64 + 1.3 ≈ 7.3 draws
/// on average, far fewer than one draw per lane, and n lanes about log₂ n + 1.3; a p whose
/// expansion ends early (¼ = 0.01₂) takes at most as many draws as it has digits. The
/// decision is exact for p as the double it is (not rounded to some number of bits).
/// - Complexity: O(log lanes) expected draws; at most the length of p's binary expansion
///   (≤ 1,075 digits).
enum SlicedBernoulli {
    /// Lanes per draw: the bits of one 64-bit word.
    static let laneCount = UInt64.bitWidth
    /// The binary digits of a probability in [0, 1), produced one at a time from integers,
    /// so producing a digit is a shift rather than a chain of floating-point steps.
    ///
    /// p = 2^−z · b / 2^64 exactly, where b holds p's significand: for p ≥ 2^−11 (z = 0)
    /// every set bit of p weighs at least 2^−63, so p·2^64 is an integer below 2^64; smaller
    /// p are first scaled by 2^z into [2^−11, 2^−10), exactly, and their first z digits are 0.
    /// Probabilities outside (0, 1), and NaN, give no digits (the caller decides those lanes).
    struct Digits {
        /// Leading zero digits still to come.
        var zeros: Int
        /// The following digits, most significant first; 0 once the expansion has ended.
        var bits: UInt64

        /// Exponent of the smallest probabilities whose digits fit in 64 bits unscaled.
        static let unscaledExponent = -11

        @inline(__always)
        init(_ p: Double) {
            if p >= Self.smallestUnscaled && p < 1 {
                zeros = 0
                bits = UInt64(p * 0x1.0p64)
            } else {
                self = Self.scaled(p)
            }
        }

        /// 2^`unscaledExponent`: from here up, p·2^64 is an exact integer below 2^64.
        static let smallestUnscaled = 0x1.0p-11

        /// The digits of a p below 2^−11 (scaled first), or none outside (0, 1).
        @inline(never)
        static func scaled(_ p: Double) -> Digits {
            guard p > 0 && p < 1 else { return Digits(zeros: 0, bits: 0) }
            let zeros = Self.unscaledExponent - Int(p.exponent)
            let scaled = Double(sign: .plus, exponent: zeros, significand: p)
            return Digits(zeros: zeros, bits: UInt64(scaled * 0x1.0p64))
        }

        private init(zeros: Int, bits: UInt64) {
            self.zeros = zeros
            self.bits = bits
        }

        /// The next digit as a lane mask: all ones for 1, zero for 0.
        @inline(__always)
        mutating func next() -> UInt64 {
            if zeros > 0 {
                zeros -= 1
                return 0
            }
            return nextFromBits()
        }

        /// The next digit when no leading zeros remain.
        @inline(__always)
        mutating func nextFromBits() -> UInt64 {
            let digit = 0 &- (bits >> 63)
            bits <<= 1
            return digit
        }

        /// Whether every remaining digit is 0 (`bits` is never 0 while zeros remain).
        @inline(__always)
        var exhausted: Bool { bits == 0 }
    }

    /// The lanes compared with one probability: those decided below it, those still open.
    ///
    /// Built once per probability for every lane (the digits and the certain outcomes), then
    /// restricted to each word's lanes.
    struct Threshold {
        var below: UInt64
        var open: UInt64
        var digits: Digits

        @inline(__always)
        init(_ p: Double) {
            below = p >= 1 ? ~0 : 0
            open = p > 0 && p < 1 ? ~0 : 0
            digits = Digits(p)
        }

        /// This threshold for the lanes of `lanes` only.
        @inline(__always)
        func restricted(to lanes: UInt64) -> Threshold {
            var threshold = self
            threshold.below &= lanes
            threshold.open &= lanes
            return threshold
        }

        /// Compares digit `u` of every open lane with the probability's digit: a lane with 0
        /// where the probability has 1 is below it, a lane whose digit differs is decided,
        /// and once the probability's expansion has ended no open lane is below it.
        @inline(__always)
        mutating func compare(_ u: UInt64, _ digit: UInt64) {
            below |= open & ~u & digit
            open &= ~(u ^ digit)
            open &= digits.exhausted ? 0 : ~0
        }
    }

    /// The lanes of `lanes` whose uniform falls below the threshold's probability; no
    /// draws when `lanes` is empty or the probability is 0 or 1.
    ///
    /// The first loop runs only while a probability below 2^−11 still has leading zero
    /// digits; the second, the common one, reads digits with a shift alone.
    /// - Parameters:
    ///   - lanes: the lanes to decide (a bit mask).
    ///   - threshold: the probability's threshold (values outside [0, 1] act as clamped).
    /// - Returns: the lanes decided below it, within `lanes`.
    @inline(__always)
    static func draw(lanes: UInt64, below threshold: Threshold, using rng: inout RandomStream) -> UInt64 {
        var threshold = threshold.restricted(to: lanes)
        while threshold.open != 0 && threshold.digits.zeros != 0 {
            threshold.compare(rng.next(), threshold.digits.next())
        }
        while threshold.open != 0 {
            threshold.compare(rng.next(), threshold.digits.nextFromBits())
        }
        return threshold.below
    }

    /// The lane mask of the lowest `count` lanes, `count` ≥ 0 (64 or more gives every lane).
    @inline(__always)
    static func lowLanes(_ count: Int) -> UInt64 {
        count >= laneCount ? ~0 : (1 << UInt64(count)) &- 1
    }
}
