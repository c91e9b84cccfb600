import Scenarios
import TestSupport
import Testing

/// Every sample scenario a user starts from passes `plancast check`.
@Suite struct SampleFileTests {
    @Test(arguments: SampleFiles.scenarios)
    func samplePasses(_ path: String) {
        let files = InMemoryFileSystem(SampleFiles.all)
        #expect(throws: Never.self) { try ScenarioLoader.load(path, files: files) }
    }

    @Test func theMainExampleHasStrategiesAndChecks() throws {
        let scenario = try ScenarioLoader.load("Scenarios/q3-plan.yaml", files: InMemoryFileSystem(SampleFiles.all))
        #expect(scenario.strategies.count >= 2)
        #expect(!scenario.expectations.isEmpty)
        #expect(scenario.base.pipeline?.deals.isEmpty == false)
    }

    /// The benchmark plan is exactly as the Monte Carlo engine's issue specifies.
    @Test func benchmarkPlanMatchesItsSpecification() throws {
        let plan = try ScenarioLoader.load("Scenarios/bench/bench-quarter.yaml", files: InMemoryFileSystem(SampleFiles.all)).base
        #expect(plan.window.months == 3 && plan.target == .total(3_400_000))
        #expect(plan.channels.map(\.name) == ["organic", "paid_search", "events"])
        #expect(plan.funnel.cycleMonths == [0.3, 0.4, 0.2, 0.1])
        let deals = try #require(plan.pipeline?.deals)
        #expect(deals.count == 300)
        for (i, deal) in deals.enumerated() {
            #expect(deal.amount == Double(5000 + 100 * i))
            #expect(deal.stage == ["discovery", "proposal", "negotiation"][i % 3])
            #expect(deal.closeMonth == i % 3)
        }
        #expect(plan.capacity == nil && plan.recurring == nil)
    }
}
