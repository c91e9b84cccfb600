/// A distribution-free confidence interval for a median from order statistics.
///
/// With x₍₁₎ ≤ … ≤ x₍ₙ₎ and the count of observations below the median Binomial(n, ½), the
/// interval [x₍ᵣ₎, x₍ₙ₋ᵣ₊₁₎] with r = ⌊(n − z√n)/2⌋ covers the median with probability about
/// the level, for any continuous distribution (Conover, *Practical Nonparametric Statistics*,
/// 3rd ed., 1999, §3.2, the normal approximation to the binomial ranks). When r < 1 (small n)
/// the interval is the whole sample's range, which covers the median with probability
/// 1 − 2^{1−n}.
public enum MedianInterval {
    /// The interval at normal quantile `z` (1.96 for 95%).
    /// - Precondition: `sorted` is non-empty and ascending; `z` ≥ 0.
    public static func interval(sorted: [Double], z: Double) -> ClosedRange<Double> {
        precondition(!sorted.isEmpty && z >= 0, "a median interval needs observations and z ≥ 0")
        let n = Double(sorted.count)
        let rank = max(1, Int(((n - z * n.squareRoot()) / 2).rounded(.down)))
        return sorted[rank - 1]...sorted[sorted.count - rank]
    }
}
