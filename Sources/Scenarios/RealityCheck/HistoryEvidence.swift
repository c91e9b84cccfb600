import Forecasting
import Foundation
import Statistics

/// What history says about a plan's inputs, for `RealityCheck`.
struct HistoryEvidence {
    var opportunityRate: RateEstimate?
    /// The win rate and where it came from (the deal export, or the history's counts).
    var winRate: (RateEstimate, String)?
    var dealSize: LogNormalFit?
    /// Monthly spend range per channel (`spend_<channel>` columns).
    var spendRanges: [String: ClosedRange<Double>] = [:]
    var spendMonths: [String: Int] = [:]

    init(deals: DealExport?, history: HistoryTable?) throws {
        let estimator = PlanEstimator()
        if let history {
            opportunityRate = try estimator.opportunityRate(history)
            winRate = try estimator.historyWinRate(history).map { ($0, URL(fileURLWithPath: history.file).lastPathComponent) }
            for series in history.series where series.id.hasPrefix(PlanEstimator.spendPrefix) {
                let channel = String(series.id.dropFirst(PlanEstimator.spendPrefix.count))
                if let low = series.values.min(), let high = series.values.max() {
                    spendRanges[channel] = low...high
                    spendMonths[channel] = series.values.count
                }
            }
        }
        if let deals {
            let decided = deals.deals.filter { $0.outcome != .open }
            if !decided.isEmpty { winRate = (try estimator.rate(decided, asOf: deals.asOf), deals.file) }
            let amounts = decided.filter { $0.outcome == .won }.compactMap(\.amount)
            if amounts.count >= LogNormalFit.minimumCount { dealSize = try LogNormalFit(amounts: amounts) }
        }
    }
}
