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

    /// Type-7 quantiles of unsorted values at several probabilities (one sort).
    /// - Returns: one quantile per entry of `probabilities`; empty when `values` is empty.
    /// - Complexity: O(n log n + k).
    public static func type7(_ values: [Double], at probabilities: [Double]) -> [Double] {
        guard !values.isEmpty else { return [] }
        let sorted = values.sorted()
        return probabilities.map { type7(sorted: sorted, $0) }
    }
}
