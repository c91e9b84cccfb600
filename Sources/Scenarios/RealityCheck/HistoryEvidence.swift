import Forecasting
import Foundation
import Statistics

/// What history says about a plan's inputs, for `RealityCheck`: for each key, the same
/// estimate `plancast estimate` writes into a starter, so a starter never warns about itself.
struct HistoryEvidence {
    /// The sales cycle's evidence: the Kaplan–Meier mean with cycles cut where the starter
    /// cuts them, and the deals behind it.
    struct Cycle {
        let mean: RestrictedMean
        let deals: Int
        let open: Int
        let source: String
    }

    var opportunityRate: RateEstimate?
    /// The win rate and the file it came from (`PlanEstimator.winRateEvidence`).
    var winRate: (RateEstimate, String)?
    /// Deal size, log-normal or empirical as the starter would choose.
    var dealSize: DealSizeEstimate?
    var cycle: Cycle?
    var slip: SlipEstimate?
    var dealsFile: String?
    /// Monthly spend range per channel (`spend_<channel>` columns).
    var spendRanges: [String: ClosedRange<Double>] = [:]
    var spendMonths: [String: Int] = [:]

    init(deals: DealExport?, history: HistoryTable?) throws {
        let estimator = PlanEstimator()
        winRate = try estimator.winRateEvidence(deals: deals, history: history)
        if let history {
            opportunityRate = try estimator.opportunityRate(history)
            for series in history.series where series.id.hasPrefix(PlanEstimator.spendPrefix) {
                let channel = String(series.id.dropFirst(PlanEstimator.spendPrefix.count))
                if let low = series.values.min(), let high = series.values.max() {
                    spendRanges[channel] = low...high
                    spendMonths[channel] = series.values.count
                }
            }
        }
        guard let deals else { return }
        dealsFile = deals.file
        let amounts = deals.deals.filter { $0.outcome == .won }.compactMap(\.amount)
        if amounts.count >= LogNormalFit.minimumCount, Set(amounts).count > 1 { dealSize = try DealSizeEstimate(amounts: amounts) }
        if deals.deals.contains(where: { $0.created != nil && $0.closed != nil }) {
            let (curve, lags, _) = try estimator.cycleEstimate(deals.deals, asOf: deals.asOf)
            cycle = Cycle(mean: try curve.restrictedMean(horizon: lags.probabilities.count - 1), deals: curve.count,
                          open: curve.count - curve.closureCount, source: deals.file)
        }
        slip = try estimator.slip(deals)
    }
}
