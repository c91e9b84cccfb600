import Forecasting
import Statistics

extension PlanEstimator {
    /// Lead → opportunity from monthly counts: Σ opportunities against Σ leads over all
    /// `leads_*` columns; nil without the columns.
    func opportunityRate(_ table: HistoryTable) throws(EstimationError) -> RateEstimate? {
        let leadSeries = table.series.filter { $0.id.hasPrefix(Self.leadsPrefix) }
        guard let opportunities = table.series.first(where: { $0.id == Self.opportunitiesColumn }), !leadSeries.isEmpty else {
            return nil
        }
        return try monthlyRate(successes: opportunities, trials: leadSeries, estimate: "opportunity rate")
    }

    /// Opportunity → won from the history's `won_deals` and `opportunities`; nil without them.
    func historyWinRate(_ table: HistoryTable) throws(EstimationError) -> RateEstimate? {
        guard let won = table.series.first(where: { $0.id == Self.wonDealsColumn }),
              let opportunities = table.series.first(where: { $0.id == Self.opportunitiesColumn }) else { return nil }
        return try monthlyRate(successes: won, trials: [opportunities], estimate: "win rate")
    }

    /// Σ successes against Σ trials (summed over `trials` series) month by month, each month a
    /// cohort aged from the last so the half-life applies.
    /// - Throws: `EstimationError` when a month has more successes than trials.
    func monthlyRate(successes: DatedSeries, trials: [DatedSeries], estimate: String) throws(EstimationError) -> RateEstimate {
        var cohorts: [RateCohort] = []
        for (offset, count) in successes.values.enumerated() {
            let ordinal = successes.start.ordinal + offset
            let total = trials.reduce(0.0) { total, series in
                let index = ordinal - series.start.ordinal
                return total + (series.values.indices.contains(index) ? series.values[index] : 0)
            }
            guard total >= count else {
                throw EstimationError(estimate: estimate, parameter: "\(successes.id)[\(YearMonth(ordinal: ordinal))]",
                                      expected: "at most the month's \(trials.map(\.id).joined(separator: " + ")) (\(Int(total)))",
                                      found: "\(Int(count))")
            }
            cohorts.append(RateCohort(won: Int(count.rounded()), lost: Int((total - count).rounded()),
                                      age: Double(successes.end.ordinal - ordinal)))
        }
        return try RateEstimate(cohorts: cohorts, halfLife: halfLife)
    }
}
