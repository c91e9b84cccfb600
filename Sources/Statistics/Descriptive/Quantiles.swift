/// Exact sample quantiles.
///
/// Hyndman & Fan's type 7 ("Sample quantiles in statistical packages", Am. Stat. 50(4),
/// 1996), the default of R's `quantile` and NumPy's `percentile` ("linear"): with sorted
/// x₁ ≤ … ≤ xₙ and h = (n − 1)p, Q(p) = x_{⌊h⌋+1} + (h − ⌊h⌋)(x_{⌊h⌋+2} − x_{⌊h⌋+1}).
/// Q(0) is the minimum, Q(1) the maximum.
public enum Quantiles {
    /// The type-7 quantile of already sorted values, p in [0, 1].
    /// - Precondition: `sorted` is non-empty and ascending; `p` in [0, 1].
    public static func type7(sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty, "quantile of an empty sample")
        precondition(p >= 0 && p <= 1, "quantile probability outside [0, 1]")
        let h = Double(sorted.count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }

    /// Type-7 quantiles of unsorted values at several probabilities, by selection rather than
    /// a sort: only the order statistics the probabilities need are placed.
    ///
    /// Each needed rank r (⌊h⌋ and ⌊h⌋ + 1 for every p) is found in ascending order by
    /// Hoare's FIND (quickselect; Hoare 1961, CACM Algorithm 65) with a median-of-three pivot,
    /// each search starting after the rank placed before it; a search that has partitioned
    /// more than `selectionDepthLimit` times sorts what is left of its range instead, so the
    /// worst case stays O(n log n) (Musser 1997, "Introspective sorting and selection
    /// algorithms"). Results equal those of a full sort exactly.
    /// - Precondition: every probability is in [0, 1].
    /// - Returns: one quantile per entry of `probabilities`; empty when `values` is empty.
    /// - Complexity: O(n · k) expected for k probabilities.
    public static func type7(_ values: [Double], at probabilities: [Double]) -> [Double] {
        type7(values, at: probabilities, depthLimit: selectionDepthLimit)
    }

    /// `type7(_:at:)` with the partitioning depth after which a search sorts its range.
    static func type7(_ values: [Double], at probabilities: [Double], depthLimit: Int) -> [Double] {
        guard !values.isEmpty else { return [] }
        precondition(probabilities.allSatisfy { $0 >= 0 && $0 <= 1 }, "quantile probability outside [0, 1]")
        let last = values.count - 1
        let positions = probabilities.map { Double(last) * $0 }
        let ranks = Set(positions.flatMap { h in [Int(h), Swift.min(Int(h) + 1, last)] }).sorted()
        var placed = [Int: Double]()
        var work = values
        work.withUnsafeMutableBufferPointer { buffer in
            var start = 0
            for rank in ranks {
                select(rank, in: buffer, from: start, depthLimit: depthLimit)
                placed[rank] = buffer[rank]
                start = rank + 1
            }
        }
        return positions.map { h in
            let lower = Int(h)
            let below = placed[lower]!, above = placed[Swift.min(lower + 1, last)]!
            return below + (h - Double(lower)) * (above - below)
        }
    }

    /// Partitions a search more often than this and it sorts the rest of its range.
    static let selectionDepthLimit = 64

    /// Moves the value of rank `rank` (0-based, in sorted order) to `buffer[rank]`, with no
    /// greater value before it and no smaller one after it inside `start..<count`.
    /// - Precondition: `start ≤ rank < buffer.count`, and no value before `start` exceeds
    ///   any value from `start` on.
    private static func select(_ rank: Int, in buffer: UnsafeMutableBufferPointer<Double>, from start: Int, depthLimit: Int) {
        var low = start, high = buffer.count - 1
        var depth = 0
        while high > low {
            depth += 1
            if depth > depthLimit {
                var rest = UnsafeMutableBufferPointer(rebasing: buffer[low...high])
                rest.sort()
                return
            }
            // Median of three as the pivot, left at `low`.
            let middle = low + (high - low) / 2
            if buffer[middle] < buffer[low] { buffer.swapAt(middle, low) }
            if buffer[high] < buffer[low] { buffer.swapAt(high, low) }
            if buffer[high] < buffer[middle] { buffer.swapAt(high, middle) }
            buffer.swapAt(low, middle)
            let pivot = buffer[low]
            // Hoare partition: values equal to the pivot may land on either side, which keeps
            // runs of ties balanced.
            var i = low, j = high + 1
            while true {
                repeat { i += 1 } while i <= high && buffer[i] < pivot
                repeat { j -= 1 } while buffer[j] > pivot
                if i >= j { break }
                buffer.swapAt(i, j)
            }
            buffer.swapAt(low, j)
            if j == rank { return }
            if rank < j { high = j - 1 } else { low = j + 1 }
        }
    }
}
