import Forecasting
import Simulation
import Statistics

/// Turns a deal export (and optionally a monthly history) into a `PlanEstimate`.
///
/// - Win rates: decided deals only (open deals are neither won nor lost), grouped by close
///   month so `halfLife` can weigh recent months more (`RateEstimate(cohorts:halfLife:)`).
/// - Sales cycle: months from creation to close, with open deals right-censored at the
///   export month (`KaplanMeier`), cut where fewer than `tailCut` of deals remain open or at
///   `maxCycleMonths`, the rest put on the last month.
/// - Deal size: `DealSizeEstimate` over won amounts.
/// - Leads: with a history, each `leads_<channel>` column forecast by `AutoForecast`, and the
///   spend response (`SpendResponse`) of each channel with a `spend_<channel>` column; without
///   one, the monthly count of deals created per source, forecast the same way.
/// - Won stage: the history's `won_deals` / `opportunities` when it has them, else the deal
///   export (`winRateEvidence`, which `RealityCheck` uses too).
/// - Open pipeline: with a `StageHistory`, the win rate of decided deals that ever reached each
///   stage; without one, by last stage (survivorship-biased; see docs). Slip from won deals'
///   expected close month when the export has one.
public struct PlanEstimator: Sendable {
    public var window: PlanWindow?
    public var halfLife: Double?
    /// Longest cycle kept in `cycle_months`.
    public var maxCycleMonths: Int
    /// Survival below which the cycle distribution is cut.
    public static let tailCut = 0.01
    public static let defaultMonths = 3

    /// - Parameters:
    ///   - window: the plan window; nil starts the month after the data and runs `defaultMonths`.
    ///   - halfLife: recency half-life in months for the rates; nil weighs all months equally.
    public init(window: PlanWindow? = nil, halfLife: Double? = nil, maxCycleMonths: Int = 12) {
        self.window = window
        self.halfLife = halfLife
        self.maxCycleMonths = maxCycleMonths
    }

    /// - Throws: `EstimationError` or `FitError` naming the estimate that cannot be made
    ///   (no decided deals, no won amounts, a window that starts inside the data, …).
    public func estimate(deals export: DealExport, history: HistoryTable? = nil, stageHistory: StageHistory? = nil) throws -> PlanEstimate {
        let deals = export.deals
        let decided = deals.filter { $0.outcome != .open }
        guard !decided.isEmpty else {
            throw EstimationError(estimate: "win rate", parameter: "deals", expected: "at least one won or lost deal", found: "only open deals")
        }
        let dataEnd = max(export.asOf, history.flatMap(Self.lastMonth) ?? export.asOf)
        let window = self.window ?? PlanWindow(start: dataEnd.adding(months: 1), months: Self.defaultMonths)
        let dealWinRate = try rate(decided, asOf: export.asOf)
        let (winRate, winRateSource) = try winRateEvidence(deals: export, history: history) ?? (dealWinRate, export.file)
        let channelRates = try export.channels.map { channel in
            GroupRateInput(name: channel, deals: decided.filter { $0.source == channel })
        }.map { try PlanEstimate.GroupRate(name: $0.name, rate: rate($0.deals, asOf: export.asOf)) }
        let (cycle, lags, naive) = try cycleEstimate(deals, asOf: export.asOf)
        let amounts = decided.filter { $0.outcome == .won }.compactMap(\.amount)
        let dealSize = try DealSizeEstimate(amounts: amounts)
        let leads = try history.map { try historyLeads($0, window: window) }
            ?? dealLeads(export, window: window)
        let pipeline = try pipelineRates(export, stageHistory: stageHistory)
        return PlanEstimate(
            window: window, asOf: export.asOf, halfLife: halfLife,
            opportunityRate: try history.flatMap { try opportunityRate($0) },
            winRate: winRate, winRateSource: winRateSource, dealWinRate: dealWinRate, channelWinRates: channelRates,
            cycle: cycle, cycleMonths: lags, closedOnlyCycleMonths: naive,
            undatedOpenDeals: deals.filter { $0.outcome == .open && $0.created == nil }.count,
            dealSize: dealSize, wonAmounts: amounts, leads: leads, stageWinRates: pipeline.stageWinRates,
            openDealsByStage: pipeline.openDealsByStage, stageEvidence: pipeline.evidence, slip: try slip(export))
    }

    private struct GroupRateInput {
        let name: String
        let deals: [Deal]
    }

    /// Won against lost, grouped by close month, aged from `asOf`.
    func rate(_ decided: [Deal], asOf: YearMonth) throws(EstimationError) -> RateEstimate {
        var cohorts: [Int: RateCohort] = [:]
        for deal in decided {
            let age = deal.closed.map { asOf.months(since: $0) } ?? 0
            var cohort = cohorts[age] ?? RateCohort(won: 0, lost: 0, age: Double(age))
            if deal.outcome == .won { cohort.won += 1 } else { cohort.lost += 1 }
            cohorts[age] = cohort
        }
        return try RateEstimate(cohorts: cohorts.keys.sorted().map { cohorts[$0]! }, halfLife: halfLife)
    }

    /// Kaplan–Meier over dated deals, the lag distribution cut at the tail, and the naive one.
    func cycleEstimate(_ deals: [Deal], asOf: YearMonth) throws(EstimationError) -> (KaplanMeier, LagDistribution, LagDistribution) {
        var observations: [SurvivalObservation] = []
        var closedDurations: [Int] = []
        for deal in deals {
            guard let created = deal.created else { continue }
            if let closed = deal.closed {
                let duration = closed.months(since: created)
                observations.append(SurvivalObservation(duration: duration, closed: true))
                closedDurations.append(duration)
            } else {
                observations.append(SurvivalObservation(duration: max(0, asOf.months(since: created)), closed: false))
            }
        }
        let curve = try KaplanMeier(observations)
        let cut = (0...maxCycleMonths).first { curve.survival(at: $0) < Self.tailCut } ?? maxCycleMonths
        let last = min(cut, curve.lastClosureTime)
        return (curve, try curve.lagDistribution(maxLag: last), try LagDistribution.closedOnly(closedDurations, maxLag: last))
    }

    /// Last stages of closed deals, in order of first appearance.
    static func orderedStages(_ deals: [Deal]) -> [String] {
        var seen = Set<String>()
        return deals.compactMap(\.stage).filter { seen.insert($0).inserted }
    }

    static func lastMonth(_ table: HistoryTable) -> YearMonth? {
        table.series.map(\.end.ordinal).max().map { YearMonth(ordinal: $0) }
    }
}
