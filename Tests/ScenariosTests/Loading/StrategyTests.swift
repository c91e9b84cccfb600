import Scenarios
import Simulation
import Statistics
import Testing

/// Strategies are partial scenarios merged over the resolved base, one `Plan` each.
@Suite struct StrategyTests {
    static let scenario = ScenarioText.minimal + """
        capacity:
          reps: 10
          opportunities_per_rep_month: 30
          hires: [ { month: 2026-08, count: 1, ramp: [0.5, 1] } ]
        strategies:
          - name: paid search
            channels:
              - name: paid_search
                spend: 50000
                response: { cost_per_lead: 85 }
          - name: no organic
            channels: [ { name: organic, remove: true }, { name: partners, leads: 500 } ]
          - name: hire earlier
            capacity:
              hires: [ { month: 2026-08, count: 3 }, { month: 2026-07, count: 2, ramp: [0.3, 0.7, 1] } ]
            target: { monthly: [300000, 300000, 300000] }
        expect:
          - { metric: p_hit, at_least: 0.5 }
          - { strategy: hire earlier, metric: revenue_p10, at_least: 800000, at_most: 2000000 }

        """

    @Test func eachStrategyIsTheBaseWithItsChanges() throws {
        let (loaded, problems) = ScenarioText.result(Self.scenario)
        #expect(problems == [])
        let scenario = try #require(loaded)
        #expect(scenario.strategies.map(\.name) == ["paid search", "no organic", "hire earlier"])
        #expect(scenario.base.channels.map(\.name) == ["organic"])

        let paid = scenario.strategies[0]
        #expect(paid.channels.map(\.name) == ["organic", "paid_search"])
        guard case .spend(let plan) = paid.channels[1].leads else {
            Issue.record("paid_search should be a spend channel")
            return
        }
        #expect(plan.spend == [50000, 50000, 50000])
        #expect(plan.response == .costPerLead(.fixed(85)))

        #expect(scenario.strategies[1].channels.map(\.name) == ["partners"])

        let hiring = scenario.strategies[2]
        // Hires merge by month: August's count is replaced (its ramp kept), July's is added.
        #expect(hiring.capacity?.hires == [Hire(month: 1, count: 3, ramp: [0.5, 1]), Hire(month: 0, count: 2, ramp: [0.3, 0.7, 1])])
        #expect(hiring.target == .monthly([300000, 300000, 300000]))
        // The base is untouched by its strategies.
        #expect(scenario.base.capacity?.hires == [Hire(month: 1, count: 1, ramp: [0.5, 1])])
        #expect(scenario.base.target == .total(1_000_000))
    }

    @Test func expectationsKeepTheirStrategyBoundsAndPlace() throws {
        let scenario = try #require(ScenarioText.result(Self.scenario).scenario)
        #expect(scenario.expectations.map(\.strategy) == [nil, "hire earlier"])
        #expect(scenario.expectations.map(\.metric) == [.pHit, .revenueP10])
        #expect(scenario.expectations[1].atLeast == 800000 && scenario.expectations[1].atMost == 2_000_000)
        #expect(scenario.expectations[1].location == SourceLocation(file: "plan.yaml", line: 30, column: 5))
        #expect(scenario.expectations[1].boundsDescription == "≥ 800000 and ≤ 2000000")
        #expect(scenario.plan(named: "hire earlier")?.name == "hire earlier")
        #expect(scenario.plan(named: nil)?.name == "Test plan")
    }
}
