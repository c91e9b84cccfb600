/// The restricted mean of a Kaplan–Meier curve with its delta-method standard error.
public struct RestrictedMean: Sendable, Equatable {
    /// μ̂_L = Σ_{l=0}^{L−1} S(l) = E[min(T, L)].
    public let mean: Double
    /// √Var(μ̂_L) by the delta method.
    public let standardError: Double
    /// L, the horizon.
    public let horizon: Int

    /// [μ̂ − z·SE, μ̂ + z·SE] at the normal quantile `z` (1.96 for 95%), floored at 0.
    public func interval(z: Double) -> ClosedRange<Double> {
        max(0, mean - z * standardError)...(mean + z * standardError)
    }
}

extension KaplanMeier {
    /// The mean number of periods to close when cycles longer than `horizon` are counted as
    /// `horizon`: the mean of `lagDistribution(maxLag: horizon)` (tail on the last lag).
    ///
    /// For whole-period durations, E[min(T, L)] = Σ_{l=0}^{L−1} P(T > l), so
    ///
    ///     μ̂_L = Σ_{l=0}^{L−1} Ŝ(l)
    ///     Var(μ̂_L) ≈ Σ_{tⱼ < L} Aⱼ² dⱼ / (nⱼ(nⱼ − dⱼ)),   Aⱼ = Σ_{l=tⱼ}^{L−1} Ŝ(l)
    ///
    /// the restricted mean survival time and its Greenwood-type variance (Klein & Moeschberger,
    /// *Survival Analysis*, 2nd ed., 2003, §4.5, eq. 4.5.1–4.5.2, with sums for integrals since
    /// the curve is constant between whole periods). Steps where every deal at risk closes
    /// (dⱼ = nⱼ) add nothing: the curve is 0 after them, so Aⱼ = 0.
    /// - Parameter horizon: L ≥ 0; 0 gives mean 0 with standard error 0.
    /// - Throws: `EstimationError` if `horizon` is negative.
    /// - Complexity: O(L + steps).
    public func restrictedMean(horizon: Int) throws(EstimationError) -> RestrictedMean {
        guard horizon >= 0 else {
            throw EstimationError(estimate: "sales cycle", parameter: "horizon", expected: "a non-negative number of periods",
                                  found: "\(horizon)")
        }
        let survival = (0..<horizon).map { self.survival(at: $0) }
        // areaFrom[l] = Σ_{k=l}^{L−1} S(k), with areaFrom[L] = 0.
        var areaFrom = [Double](repeating: 0, count: horizon + 1)
        for lag in stride(from: horizon - 1, through: 0, by: -1) { areaFrom[lag] = areaFrom[lag + 1] + survival[lag] }
        var variance = 0.0
        for step in steps where step.time < horizon && step.closures > 0 && step.closures < step.atRisk {
            let area = areaFrom[step.time]
            variance += area * area * Double(step.closures) / (Double(step.atRisk) * Double(step.atRisk - step.closures))
        }
        return RestrictedMean(mean: areaFrom[0], standardError: variance.squareRoot(), horizon: horizon)
    }
}
