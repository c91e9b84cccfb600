extension SimulationResult {
    /// The estimate of `metric` with its Monte Carlo standard error, as `plancast test`
    /// checks it.
    ///
    /// - `p_hit`: binomial standard error √(p(1 − p)/n).
    /// - `revenue_mean`: sd/√n.
    /// - `revenue_p10`/`p50`/`p90`: order-statistic interval (see `OrderStatistics`).
    /// - `expected_shortfall`: sd of the shortfall over missing trials / √(misses); 0 ± 0
    ///   when no trial misses.
    /// - `cac`: spend / E[won] with a delta-method error; 0 ± 0 without marketing spend,
    ///   infinite when no deal is ever won.
    public func estimate(_ metric: OutcomeMetric) -> Estimate {
        switch metric {
        case .pHit: probabilityOfHit
        case .revenueMean: revenue.mean
        case .revenueP10: percentileEstimate(0.10)
        case .revenueP50: percentileEstimate(0.50)
        case .revenueP90: percentileEstimate(0.90)
        case .expectedShortfall: expectedShortfall ?? Estimate(value: 0, standardError: 0)
        case .cac: marketing?.costPerAcquisition ?? Estimate(value: 0, standardError: 0)
        }
    }

    private func percentileEstimate(_ level: Double) -> Estimate {
        let percentile = revenue.percentile(level)
        return Estimate(value: percentile?.value ?? 0, standardError: percentile?.standardError ?? 0)
    }
}
