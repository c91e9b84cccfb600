/// The positive-part James–Stein estimator: shrinks p noisy estimates of means toward a
/// known target by a common factor, which lowers their total squared error whenever p ≥ 3,
/// whatever the true means (James & Stein 1961; with the variance estimated, Lehmann &
/// Casella, *Theory of Point Estimation*, 2nd ed., 1998, §5.5).
///
/// With deviations x_i = estimate_i − target, each of sampling variance σ² estimated by σ̂²
/// on ν degrees of freedom (so ν σ̂² / σ² is χ²_ν), the estimate is
/// `target + keep · x_i` with
///
///     keep = max(0, 1 − (p − 2) · ν / (ν + 2) · σ̂² / Σ x_i²)
///
/// `keep` is 1 when the estimates have no sampling noise (σ̂² = 0) and 0 when their spread
/// about the target is no larger than noise would produce.
public enum JamesStein {
    /// Fewest free coordinates for which shrinkage lowers the total squared error.
    public static let minimumDimension = 3

    /// The factor `keep` in [0, 1] for deviations from the target.
    /// - Parameters:
    ///   - deviations: x_i, estimate minus target.
    ///   - dimension: p, the number of free coordinates; less than `deviations.count` when the
    ///     deviations satisfy linear constraints (p defaults to the count). Below
    ///     `minimumDimension` the factor is 1: shrinkage does not help.
    ///   - variance: σ̂² ≥ 0, the estimated sampling variance of each estimate.
    ///   - degreesOfFreedom: ν > 0 of σ̂²; `nil` when σ² is known.
    /// - Returns: 1 when every deviation is 0 or the variance is not finite and positive.
    public static func keep(deviations: [Double], dimension: Int? = nil, variance: Double, degreesOfFreedom: Int?) -> Double {
        let p = dimension ?? deviations.count
        let spread = deviations.reduce(0) { $0 + $1 * $1 }
        guard p >= minimumDimension, spread > 0, variance > 0, variance.isFinite else { return 1 }
        let estimationFactor = degreesOfFreedom.map { Double($0) / Double($0 + 2) } ?? 1
        return max(0, 1 - Double(p - 2) * estimationFactor * variance / spread)
    }
}
