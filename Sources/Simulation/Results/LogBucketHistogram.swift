/// A mergeable histogram of non-negative values with buckets of constant relative width,
/// for percentiles that must not cost memory per trial.
///
/// A positive double's bit pattern is monotone in its value; its top bits (exponent plus
/// the first `mantissaBits` of the mantissa) index buckets of relative width 2^−10, as in
/// HdrHistogram (Tene) and DDSketch (Masson, Rim & Lee, VLDB 2019). Reported quantiles are
/// bucket midpoints, within a relative 2^−11 ≈ 0.05% of an exact order statistic.
/// Counts are integers, so merging is exact and order-independent: the result does not
/// depend on how trials were split between threads.
struct LogBucketHistogram: Sendable, Equatable {
    /// Mantissa bits kept in the bucket index.
    static let mantissaBits: UInt64 = 10
    private static let shift = 52 - mantissaBits

    private(set) var count = 0
    /// Values ≤ 0 (after clamping negatives; NaN never reaches here).
    private var zeros = 0
    private var firstIndex = 0
    private var buckets: [Int] = []

    init() {}

    /// Counts `value`. The common case, a positive value inside the buckets already held,
    /// is one unsigned range test and one increment; growing the range is out of line.
    @inline(__always)
    mutating func add(_ value: Double) {
        count &+= 1
        let offset = Int(truncatingIfNeeded: value.bitPattern >> Self.shift) &- firstIndex
        if value > 0 && UInt(bitPattern: offset) < UInt(bitPattern: buckets.count) {
            buckets.withUnsafeMutableBufferPointer { $0[offset] &+= 1 }
        } else {
            addOutsideRange(value)
        }
    }

    /// Counts a value that is not positive, or lies outside the buckets held so far.
    @inline(never)
    private mutating func addOutsideRange(_ value: Double) {
        guard value > 0 else {
            zeros += 1
            return
        }
        let index = Int(value.bitPattern >> Self.shift)
        cover(index)
        buckets[index - firstIndex] += 1
    }

    mutating func merge(_ other: LogBucketHistogram) {
        count += other.count
        zeros += other.zeros
        guard !other.buckets.isEmpty else { return }
        cover(other.firstIndex)
        cover(other.firstIndex + other.buckets.count - 1)
        for (offset, n) in other.buckets.enumerated() {
            buckets[other.firstIndex + offset - firstIndex] += n
        }
    }

    /// Grows the bucket range to include `index`.
    private mutating func cover(_ index: Int) {
        if buckets.isEmpty {
            firstIndex = index
            buckets = [0]
        } else if index < firstIndex {
            buckets.insert(contentsOf: repeatElement(0, count: firstIndex - index), at: 0)
            firstIndex = index
        } else if index >= firstIndex + buckets.count {
            buckets.append(contentsOf: repeatElement(0, count: index - firstIndex - buckets.count + 1))
        }
    }

    /// The p-quantile: the value of rank ⌈p·n⌉ (inverse empirical CDF, Hyndman & Fan 1996
    /// type 1), as its bucket's midpoint; 0 when empty.
    func quantile(_ p: Double) -> Double {
        guard count > 0 else { return 0 }
        let rank = Swift.max(1, Int((p * Double(count)).rounded(.up)))
        if rank <= zeros { return 0 }
        var seen = zeros
        for (offset, n) in buckets.enumerated() {
            seen += n
            if seen >= rank {
                let lower = Double(bitPattern: UInt64(firstIndex + offset) << Self.shift)
                let upper = Double(bitPattern: UInt64(firstIndex + offset + 1) << Self.shift)
                return 0.5 * (lower + upper)
            }
        }
        return Double(bitPattern: UInt64(firstIndex + buckets.count) << Self.shift)
    }
}
