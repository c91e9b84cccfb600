import Foundation
import Scenarios
import Statistics
import TestSupport
import Testing

/// Stage win rates and slip against `SyntheticCRM`'s known truth.
@Suite struct PlanEstimatorPipelineTests {
    static let crm = SyntheticCRM(count: 6_000, seed: 20_261_121)

    /// The estimates with and without the stage history, made once for the suite.
    static let estimates = Result { () throws -> (history: PlanEstimate, lastStage: PlanEstimate) in
        let export = try DealExport.parse(crm.dealsCSV, file: "deals.csv")
        let stages = try StageHistory.parse(crm.stagesCSV, file: "stages.csv")
        return (try PlanEstimator().estimate(deals: export, stageHistory: stages), try PlanEstimator().estimate(deals: export))
    }

    static func estimate(stageHistory: Bool) throws -> PlanEstimate {
        let both = try estimates.get()
        return stageHistory ? both.history : both.lastStage
    }

    /// Posterior standard deviation of a rate.
    static func sd(_ rate: RateEstimate) -> Double { rate.posterior.variance.squareRoot() }

    /// With the stage history every stage's rate lies within 4 posterior standard deviations of
    /// the truth (a 6e-5 two-sided chance per stage for a correct estimator; the sds are about
    /// 0.006, 0.010 and 0.011 from ~5,100, ~2,300 and ~1,900 decided deals). By last stage,
    /// discovery and proposal are far below the truth (a won deal's last stage is always
    /// negotiation): the truth lies outside their 95% intervals by more than 10 sds.
    @Test func stageHistoryRemovesTheSurvivorshipBias() throws {
        let history = try Self.estimate(stageHistory: true)
        #expect(history.stageWinRates.map(\.name) == ["discovery", "proposal", "negotiation"])
        for stage in history.stageWinRates {
            let truth = try #require(SyntheticCRM.truth[stage.name])
            #expect(abs(stage.rate.mean - truth) <= 4 * Self.sd(stage.rate), "\(stage.name): \(stage.rate.mean) vs \(truth)")
        }
        guard case .stageHistory(let file, let unmatched, let without) = history.stageEvidence else {
            Issue.record("expected stage-history evidence")
            return
        }
        #expect(file == "stages.csv" && unmatched == 0 && without == 0)

        let lastStage = try Self.estimate(stageHistory: false)
        #expect(lastStage.stageEvidence == .lastStage)
        for stage in lastStage.stageWinRates where stage.name != "negotiation" {
            let truth = try #require(SyntheticCRM.truth[stage.name])
            #expect(truth - stage.rate.upper > 10 * Self.sd(stage.rate), "\(stage.name): \(stage.rate.mean) vs \(truth)")
        }
        // Open deals are counted by their current stage, the same either way here.
        #expect(history.openDealsByStage == lastStage.openDealsByStage)
        #expect(history.openDealsByStage.values.reduce(0, +) == lastStage.cycle.count - lastStage.cycle.closureCount)
    }

    /// Slip: within 4 posterior sds of 0.3 (sd ≈ 0.014 from ~1,000 won deals); mean months late
    /// within 0.12 of 1.3 (its sd is 0.46/√300 ≈ 0.027, so over four of them).
    @Test func recoversSlip() throws {
        let slip = try #require(try Self.estimate(stageHistory: false).slip)
        #expect(abs(slip.rate.mean - SyntheticCRM.slip) <= 4 * Self.sd(slip.rate), "\(slip.rate.mean)")
        #expect(abs(slip.meanMonthsLate - SyntheticCRM.meanMonthsLate) <= 0.12, "\(slip.meanMonthsLate)")
        #expect(slip.wonWithoutExpectedClose == 0)
    }

    /// Without an expected close column there is no slip, and the starter says so and keeps the
    /// default where a planner will see it.
    @Test func noExpectedCloseKeepsTheDefaultVisibly() throws {
        let text = "created,closed,outcome,amount,stage\n2026-01,2026-02,won,10,b\n2026-01,2026-03,lost,0,a\n2026-02,2026-03,won,30,b\n2026-02,2026-03,won,20,b\n2026-03,,open,,a\n"
        let estimate = try PlanEstimator().estimate(deals: try DealExport.parse(text, file: "deals.csv"))
        #expect(estimate.slip == nil)
        let yaml = StarterScenario(estimate: estimate, historyReference: nil, dealsFile: "deals.csv", dealSizesReference: "s.csv").yaml
        #expect(yaml.contains("# Slip: deals.csv has no expected close dates for won deals"))
        #expect(yaml.contains("#   slip: 0   # default: no expected close dates in deals.csv"))
    }

    /// The starter writes stage-history rates without the survivorship warning, and the slip.
    @Test func starterCarriesTheEvidence() throws {
        let estimate = try Self.estimate(stageHistory: true)
        let yaml = StarterScenario(estimate: estimate, historyReference: nil, dealsFile: "deals.csv", dealSizesReference: "s.csv").yaml
        #expect(yaml.contains("ever reached each stage in stages.csv"))
        #expect(!yaml.contains("survivorship):"))
        #expect(yaml.contains("#   slip: { beta: { successes: \(estimate.slip!.rate.successes), trials: \(estimate.slip!.rate.trials) } }"))
    }

    /// A stage history needs deal ids to join on.
    @Test func stageHistoryNeedsIDs() throws {
        let export = try DealExport.parse("created,closed,outcome,amount\n2026-01,2026-02,won,10\n", file: "deals.csv")
        let stages = try StageHistory.parse(Self.crm.stagesCSV, file: "stages.csv")
        #expect(throws: EstimationError.self) { try PlanEstimator().estimate(deals: export, stageHistory: stages) }
    }

    /// The example company: its stage history agrees with its last stages for negotiation (no
    /// deal goes past it) and puts proposal well above the last-stage rate. Generator truth
    /// (`DEAL_LAST_STAGE`, overall win share w ≈ 0.251): proposal w/(w + 0.5(1 − w)) ≈ 0.40 and
    /// negotiation 0.7w/(0.7w + 0.15(1 − w)) ≈ 0.61; 4 posterior sds (≈ 0.011, 0.014) each.
    @Test func exampleCompanyStageHistory() throws {
        let export = try DealExport.load(contentsOf: Fixtures.repository("Data/example/deals.csv"))
        let stages = try StageHistory.load(contentsOf: Fixtures.repository("Data/example/stage_history.csv"))
        let estimate = try PlanEstimator().estimate(deals: export, stageHistory: stages)
        let rates = Dictionary(uniqueKeysWithValues: estimate.stageWinRates.map { ($0.name, $0.rate) })
        let w = estimate.dealWinRate.mean
        for (stage, truth) in [("proposal", w / (w + 0.5 * (1 - w))), ("negotiation", 0.7 * w / (0.7 * w + 0.15 * (1 - w)))] {
            let rate = try #require(rates[stage])
            #expect(abs(rate.mean - truth) <= 4 * Self.sd(rate), "\(stage): \(rate.mean) vs \(truth)")
        }
        #expect(abs(try #require(rates["discovery"]).mean - w) <= 0.001)  // every deal reached discovery
        // Slip: DEAL_SLIP = 0.25 from 1,911 won deals (sd ≈ 0.01).
        let slip = try #require(estimate.slip)
        #expect(abs(slip.rate.mean - 0.25) <= 4 * Self.sd(slip.rate))
    }
}
