import Forecasting
import Scenarios
import Simulation
import Statistics
import Testing

@Suite struct ScenarioLoaderTests {
    @Test func minimalScenarioLoads() throws {
        let (scenario, problems) = ScenarioText.result(ScenarioText.minimal)
        #expect(problems == [])
        let plan = try #require(scenario).base
        #expect(plan.name == "Test plan")
        #expect(plan.window.start == YearMonth(year: 2026, month: 7))
        #expect(plan.window.months == 3)
        #expect(plan.target == .total(1_000_000))
        #expect(plan.channels.map(\.name) == ["organic"])
        #expect(plan.funnel.stages == [FunnelStage(name: "opportunity", rate: .fixed(0.12)), FunnelStage(name: "won", rate: .fixed(0.25))])
        #expect(plan.funnel.cycleMonths == [1])
        #expect(plan.funnel.dealSize == .fixed(9000))
        #expect(plan.pipeline == nil && plan.capacity == nil && plan.recurring == nil)
    }
}
