import Forecasting
import Foundation
import Statistics

extension PlanEstimator {
    /// The open pipeline's evidence: win rate by stage, open deals by current stage, and how
    /// the rates were made.
    struct PipelineRates {
        let stageWinRates: [PlanEstimate.GroupRate]
        let openDealsByStage: [String: Int]
        let evidence: StageRateEvidence
    }

    /// With a stage history: for each stage, the decided deals that ever reached it, won
    /// against lost (open deals are neither), and open deals by their most recent stage.
    /// Without one: the same from each closed deal's last stage, which is biased by
    /// survivorship (see docs/estimate.md).
    /// - Throws: `EstimationError` when a stage history is given but the deal export has no ids.
    func pipelineRates(_ export: DealExport, stageHistory: StageHistory?) throws(EstimationError) -> PipelineRates {
        let decided = export.deals.filter { $0.outcome != .open }
        guard let stageHistory else {
            var open: [String: Int] = [:]
            for deal in export.deals where deal.outcome == .open { open[deal.stage ?? "", default: 0] += 1 }
            let rates = try Self.orderedStages(decided).map { stage throws(EstimationError) in
                PlanEstimate.GroupRate(name: stage, rate: try rate(decided.filter { $0.stage == stage }, asOf: export.asOf))
            }
            return PipelineRates(stageWinRates: rates, openDealsByStage: open, evidence: .lastStage)
        }
        guard export.deals.allSatisfy({ $0.id != nil }) else {
            throw EstimationError(estimate: "stage win rates", parameter: "\(export.file) id column",
                                  expected: "a deal id column to join \(stageHistory.file) on (--id-column)", found: "none")
        }
        let paths = stageHistory.paths, current = stageHistory.currentStages
        let ids = Set(export.deals.compactMap(\.id))
        let reached = decided.map { deal in Set(paths[deal.id!] ?? []) }
        let rates = try stageHistory.orderedStages.map { stage throws(EstimationError) in
            let deals = zip(decided, reached).filter { $0.1.contains(stage) }.map(\.0)
            return PlanEstimate.GroupRate(name: stage, rate: try rate(deals, asOf: export.asOf))
        }
        var open: [String: Int] = [:]
        for deal in export.deals where deal.outcome == .open { open[current[deal.id!] ?? deal.stage ?? "", default: 0] += 1 }
        let evidence = StageRateEvidence.stageHistory(file: stageHistory.file, unmatchedDeals: paths.keys.filter { !ids.contains($0) }.count,
                                                      decidedWithoutHistory: reached.filter(\.isEmpty).count)
        return PipelineRates(stageWinRates: rates, openDealsByStage: open, evidence: evidence)
    }

    /// Slip from won deals with an expected close month; nil when none has one (the export
    /// has no expected close column, or it is empty for every won deal).
    func slip(_ export: DealExport) throws(EstimationError) -> SlipEstimate? {
        let won = export.deals.filter { $0.outcome == .won }
        let planned = won.filter { $0.expectedClose != nil && $0.closed != nil }
        guard !planned.isEmpty else { return nil }
        var cohorts: [Int: RateCohort] = [:]
        var monthsLate = 0
        for deal in planned {
            let late = deal.closed!.months(since: deal.expectedClose!)
            let age = export.asOf.months(since: deal.closed!)
            var cohort = cohorts[age] ?? RateCohort(won: 0, lost: 0, age: Double(age))
            if late > 0 {
                cohort.won += 1
                monthsLate += late
            } else {
                cohort.lost += 1
            }
            cohorts[age] = cohort
        }
        let rate = try RateEstimate(cohorts: cohorts.keys.sorted().map { cohorts[$0]! }, halfLife: halfLife)
        return SlipEstimate(rate: rate, meanMonthsLate: rate.successes == 0 ? 0 : Double(monthsLate) / Double(rate.successes),
                            wonWithoutExpectedClose: won.count - planned.count)
    }

    /// The won stage's rate and the file it comes from, the same for `plancast estimate` and
    /// `plancast check`: the history's `won_deals` over `opportunities` when it has both columns
    /// (they count the same opportunities as the lead → opportunity stage before it, so the two
    /// stages chain), else the deal export's decided deals; nil with neither.
    func winRateEvidence(deals: DealExport?, history: HistoryTable?) throws(EstimationError) -> (rate: RateEstimate, source: String)? {
        if let history, let rate = try historyWinRate(history) { return (rate, URL(fileURLWithPath: history.file).lastPathComponent) }
        guard let deals else { return nil }
        let decided = deals.deals.filter { $0.outcome != .open }
        return decided.isEmpty ? nil : (try rate(decided, asOf: deals.asOf), deals.file)
    }
}
