extension GoalSeek {
    /// The target reached with probability `probability`: the (1 − p) quantile of window
    /// revenue (type 7, with the distribution-free order-statistic standard error of
    /// `OrderStatistics`), and the share of trials at or above it.
    func targetAtProbability(_ base: PlanEvaluation, settings: SimulationSettings) -> GoalSeekResult {
        let quantile = OrderStatistics.quantiles([1 - probability], of: base.revenue)[0]
        let reached = PlanEvaluation(revenue: base.revenue, target: quantile.value).probabilityOfHit
        var result = GoalSeekResult(path: input.path, probability: probability, direction: direction, bounds: bounds,
                                    current: base.target, currentProbabilityOfHit: base.probabilityOfHit,
                                    value: quantile.value, probabilityOfHit: reached, iterations: 0,
                                    trials: base.revenue.count, seed: settings.seed)
        result.valueStandardError = quantile.standardError
        return result
    }
}
