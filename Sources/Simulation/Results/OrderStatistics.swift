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

    /// Quantiles at `probabilities` of finite `values` in any order (they are not reordered).
    /// - Complexity: O(n) per refinement level, usually three passes over `values`.
    static func quantiles(_ probabilities: [Double], of values: [Double]) -> [Quantile] {
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
        let selected = values.withUnsafeBufferPointer { RankSelection(values: $0).values(atRanks: sortedRanks) }
        let valueAt = Dictionary(uniqueKeysWithValues: zip(sortedRanks, selected))
        func x(_ rank: Int) -> Double { valueAt[rank] ?? 0 }
        return probabilities.map { p in
            let h = Double(n - 1) * p
            let low = Int(h.rounded(.down))
            let high = Swift.min(n - 1, low + 1)
            let value = x(low) + (h - Double(low)) * (x(high) - x(low))
            let spread = (Double(n) * p * (1 - p)).squareRoot()
            let error = 0.5 * (x(clampRank(h + spread, n)) - x(clampRank(h - spread, n)))
            return Quantile(value: value, standardError: error)
        }
    }

    private static func clampRank(_ rank: Double, _ n: Int) -> Int {
        Swift.min(n - 1, Swift.max(0, Int(rank.rounded())))
    }
}
