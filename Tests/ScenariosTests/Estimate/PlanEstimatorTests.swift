import Forecasting
import Foundation
import Scenarios
import Simulation
import TestSupport
import Testing

/// Recovery of the example company's known truth (Data/generate_example.py: `deals`).
@Suite struct PlanEstimatorTests {
    static func exampleEstimate() throws -> (PlanEstimate, DealExport) {
        let export = try DealExport.load(contentsOf: Fixtures.repository("Data/example/deals.csv"))
        let history = try HistoryTable.load(contentsOf: Fixtures.repository("Data/example/monthly.csv"), options: HistoryOptions())
        return (try PlanEstimator().estimate(deals: export, history: history), export)
    }

    @Test func recoversTheGeneratorsTruth() throws {
        let (estimate, _) = try Self.exampleEstimate()
        // Generator truth: DEAL_WIN_RATE. The data are fixed, so each 95% interval either
        // holds its truth or not; all four do (a wrong estimator, e.g. counting open deals as
        // lost, would move every rate down and out of its interval).
        let truth = ["organic": 0.26, "paid_search": 0.20, "inbound": 0.32, "events": 0.18]
        for group in estimate.channelWinRates {
            let rate = try #require(truth[group.name])
            #expect(group.rate.lower <= rate && rate <= group.rate.upper, "\(group.name)")
        }
        // DEAL_CYCLE = [0.3, 0.4, 0.2, 0.1]; ±0.02 is four binomial standard errors of a
        // share from ~8,000 deals (√(0.25/8000) ≈ 0.0056).
        let cycle = estimate.cycleMonths.probabilities
        #expect(cycle.count == 4)
        for (estimated, true_) in zip(cycle, [0.3, 0.4, 0.2, 0.1]) { #expect(abs(estimated - true_) <= 0.02) }
        // Censoring: the closed-only estimate is biased short; Kaplan–Meier is nearer the
        // true mean cycle 0·0.3 + 1·0.4 + 2·0.2 + 3·0.1 = 1.1 months.
        let trueMean = 1.1
        #expect(estimate.closedOnlyCycleMonths.mean < estimate.cycleMonths.mean)
        #expect(abs(estimate.cycleMonths.mean - trueMean) < abs(estimate.closedOnlyCycleMonths.mean - trueMean))
        // Deal size: median 9,000 and σ 0.8; σ's standard error is 0.8/√(2·1911) ≈ 0.013, so
        // ±0.05 is about four of them.
        let fit = estimate.dealSize.logNormal
        #expect(estimate.dealSize.choice == .logNormal)
        #expect(abs(fit.distribution.sigma - 0.8) <= 0.05)
        #expect(abs(fit.distribution.mu - log(9000)) <= 1.96 * fit.muStandardError)
        // Lead → opportunity: 12% in monthly.csv, n ≈ 150,000 leads.
        let opportunity = try #require(estimate.opportunityRate)
        #expect(opportunity.lower <= 0.12 && 0.12 <= opportunity.upper)
        #expect(estimate.window == PlanWindow(start: YearMonth(year: 2026, month: 7), months: 3))
        #expect(estimate.leads.map(\.channel) == ["organic", "paid_search", "inbound", "events"])
    }

    /// The starter file loads without problems and simulates.
    @Test func starterScenarioPassesCheckAndSimulates() throws {
        let (estimate, export) = try Self.exampleEstimate()
        let starter = StarterScenario(estimate: estimate, historyReference: "monthly.csv", dealsFile: export.file,
                                      dealSizesReference: "starter-deal-sizes.csv")
        let monthly = try String(contentsOf: Fixtures.repository("Data/example/monthly.csv"), encoding: .utf8)
        let files = InMemoryFileSystem(["starter.yaml": starter.yaml, "monthly.csv": monthly])
        let scenario = try ScenarioLoader.load("starter.yaml", files: files)
        #expect(scenario.base.funnel.stages.map(\.name) == ["opportunity", "won"])
        let result = try Simulator(plan: scenario.base).run(SimulationSettings(trials: 2_000, seed: 7, threads: 1))
        // The target is history's expected new-business revenue, so the plan should sit near
        // it: a mean within 25% (forecast, rate and cycle rounding, no open pipeline).
        let target = scenario.base.target.total
        #expect(abs(result.revenue.mean.value - target) <= 0.25 * target)
    }

    /// Without a history the leads are deal counts per source and the funnel has one stage.
    @Test func dealsAloneGiveAOneStagePlan() throws {
        let export = try DealExport.load(contentsOf: Fixtures.repository("Data/example/deals.csv"))
        let estimate = try PlanEstimator(halfLife: 6).estimate(deals: export)
        let starter = StarterScenario(estimate: estimate, historyReference: nil, dealsFile: export.file,
                                      dealSizesReference: "starter-deal-sizes.csv")
        let scenario = try ScenarioLoader.load("starter.yaml", files: InMemoryFileSystem(["starter.yaml": starter.yaml]))
        #expect(scenario.base.funnel.stages.map(\.name) == ["won"])
        // A half-life weighs fewer effective deals than were counted.
        #expect(estimate.winRate.effectiveTrials < Double(estimate.winRate.trials))
    }

    /// The public CRM export (8,800 opportunities; Won/Lost/Engaging/Prospecting).
    @Test(.enabled(if: Fixtures.hasSharedData, Fixtures.sharedDataMissing))
    func crmExportGivesSaneEstimates() throws {
        let url = Fixtures.sharedData.appendingPathComponent("crm_sales_opportunities/sales_pipeline.csv")
        let export = try DealExport.load(contentsOf: url)
        let estimate = try PlanEstimator().estimate(deals: export)
        // 4,238 won and 2,473 lost: 63.1%.
        #expect(estimate.winRate.trials == 4_238 + 2_473)
        #expect(abs(estimate.winRate.mean - 4_238.0 / 6_711) < 0.001)
        #expect(estimate.undatedOpenDeals == 500)  // the Prospecting deals have no engage date
        // deal_stage is both outcome and stage: closed deals have no separate last stage.
        #expect(estimate.stageWinRates.isEmpty)
        #expect(estimate.openDealsByStage == ["Engaging": 1_589, "Prospecting": 500])
        // Censoring matters here: 2,089 of 8,800 deals are open.
        #expect(estimate.closedOnlyCycleMonths.mean < estimate.cycleMonths.mean - 0.3)
        #expect(estimate.cycleMonths.mean > 0.5 && estimate.cycleMonths.mean < 6)
        #expect(estimate.wonAmounts.count == 4_238)
        // Prices of seven products: far from log-normal, so the observed amounts are used.
        #expect(estimate.dealSize.choice == .empirical)
    }
}
