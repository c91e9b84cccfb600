/// Sample quantiles with Monte Carlo standard errors, from per-trial values.
///
/// Quantiles are Hyndman & Fan (1996) type 7 (R's default): with h = (n − 1)p, the value
/// x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)) over the sorted sample (0-based ranks).
///
/// Standard error, distribution-free: the number of trials below the true p-quantile is
/// Binomial(n, p), with standard deviation √(n p (1 − p)); the order statistics at ranks
/// n p ± √(n p (1 − p)) therefore bracket the quantile with about 68% confidence (David &
/// Nagaraja, *Order Statistics*, 3rd ed., 2003, §7.1), and half their distance is reported as
/// the standard error. It needs no density estimate and is exact for ties and gaps.
enum OrderStatistics {
    /// A quantile with its standard error.
    struct Quantile: Equatable {
        var value: Double
        var standardError: Double
    }

    /// Quantiles at `probabilities`, reordering `values` in place (selection, not a sort).
    /// - Complexity: expected O(n log k) for k requested ranks.
    static func quantiles(_ probabilities: [Double], of values: inout [Double]) -> [Quantile] {
        let n = values.count
        guard n > 0 else { return probabilities.map { _ in Quantile(value: 0, standardError: 0) } }
        var ranks = Set<Int>()
        for p in probabilities {
            let h = Double(n - 1) * p
            ranks.insert(Int(h.rounded(.down)))
            ranks.insert(Swift.min(n - 1, Int(h.rounded(.down)) + 1))
            let spread = (Double(n) * p * (1 - p)).squareRoot()
            ranks.insert(clampRank(h - spread, n))
            ranks.insert(clampRank(h + spread, n))
        }
        let sortedRanks = ranks.sorted()
        values.withUnsafeMutableBufferPointer { buffer in
            select(sortedRanks[...], in: buffer, from: 0, to: n)
        }
        return probabilities.map { p in
            let h = Double(n - 1) * p
            let low = Int(h.rounded(.down))
            let high = Swift.min(n - 1, low + 1)
            let value = values[low] + (h - Double(low)) * (values[high] - values[low])
            let spread = (Double(n) * p * (1 - p)).squareRoot()
            let error = 0.5 * (values[clampRank(h + spread, n)] - values[clampRank(h - spread, n)])
            return Quantile(value: value, standardError: error)
        }
    }

    private static func clampRank(_ rank: Double, _ n: Int) -> Int {
        Swift.min(n - 1, Swift.max(0, Int(rank.rounded())))
    }

    /// Places the elements of the given ranks (sorted, within [from, to)) at their sorted
    /// positions, by quickselect partitioning (Hoare 1961) recursing only into parts that
    /// hold requested ranks. Pivot: median of three, for robustness on sorted input.
    private static func select(_ ranks: ArraySlice<Int>, in a: UnsafeMutableBufferPointer<Double>, from: Int, to: Int) {
        var ranks = ranks
        var lo = from
        var hi = to
        while !ranks.isEmpty && hi - lo > 1 {
            let mid = lo + (hi - lo) / 2
            let pivot = medianOfThree(a[lo], a[mid], a[hi - 1])
            // Three-way partition: [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot.
            var lt = lo
            var i = lo
            var gt = hi
            while i < gt {
                if a[i] < pivot {
                    a.swapAt(i, lt)
                    lt += 1
                    i += 1
                } else if a[i] > pivot {
                    gt -= 1
                    a.swapAt(i, gt)
                } else {
                    i += 1
                }
            }
            let left = ranks.prefix { $0 < lt }
            let right = ranks.drop { $0 < gt }
            if !left.isEmpty && !right.isEmpty {
                select(left, in: a, from: lo, to: lt)
                ranks = right
                lo = gt
            } else if !left.isEmpty {
                ranks = left
                hi = lt
            } else if !right.isEmpty {
                ranks = right
                lo = gt
            } else {
                return
            }
        }
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        Swift.max(Swift.min(a, b), Swift.min(Swift.max(a, b), c))
    }
}
