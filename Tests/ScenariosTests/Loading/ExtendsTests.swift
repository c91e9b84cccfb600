import Scenarios
import Simulation
import Statistics
import Testing

/// `extends`: a file starts from another (relative to itself) and overrides it deeply.
@Suite struct ExtendsTests {
    static let base = """
        scenario: Base quarter
        window: { start: 2026-07, months: 3 }
        target: 1000000
        channels:
          - { name: organic, leads: [1200, 1100, 1300] }
          - { name: events, leads: [0, 400, 0] }
        funnel:
          stages:
            - { name: opportunity, rate: 0.12 }
            - { name: won, rate: 0.25 }
          cycle_months: { 0: 0.5, 1: 0.5 }
          deal_size: 9000

        """

    @Test func childOverridesScalarsAndMergesMapsAndNamedLists() throws {
        let child = """
            extends: shared/base.yaml
            scenario: Stretch quarter
            target: 1200000
            channels:
              - { name: organic, leads: 1500 }
              - { name: events, remove: true }
              - { name: partners, leads: [100, 100, 100] }
            funnel:
              stages:
                - { name: won, rate: 0.3 }

            """
        let (scenario, problems) = ScenarioText.result(child, others: ["shared/base.yaml": Self.base])
        #expect(problems == [])
        let plan = try #require(scenario).base
        #expect(plan.name == "Stretch quarter")
        #expect(plan.target == .total(1_200_000))
        #expect(plan.channels.map(\.name) == ["organic", "partners"])
        guard case .planned(let organic) = plan.channels[0].leads else {
            Issue.record("organic should have planned leads")
            return
        }
        #expect(organic == [.fixed(1500), .fixed(1500), .fixed(1500)])
        // Stages merge by name: the opportunity stage is inherited, the won rate replaced.
        #expect(plan.funnel.stages == [FunnelStage(name: "opportunity", rate: .fixed(0.12)), FunnelStage(name: "won", rate: .fixed(0.3))])
        // Keys the child does not mention are inherited unchanged.
        #expect(plan.funnel.cycleMonths == [0.5, 0.5])
        #expect(plan.funnel.dealSize == .fixed(9000))
    }

    @Test func chainsResolveRelativeToEachFile() throws {
        let middle = """
            extends: ../base.yaml
            target: 1100000

            """
        let top = """
            extends: variants/middle.yaml
            scenario: Top

            """
        let files = ["plan.yaml": top, "variants/middle.yaml": middle, "base.yaml": Self.base]
        let scenario = try ScenarioLoader.load("plan.yaml", files: InMemoryFileSystem(files))
        #expect(scenario.base.name == "Top")
        #expect(scenario.base.target == .total(1_100_000))
        #expect(scenario.base.channels.count == 2)
    }

    @Test func unknownKeyInTheBaseIsReportedInTheBase() {
        let child = "extends: base.yaml\nscenario: Variant\n"
        let base = Self.base.replacingOccurrences(of: "target: 1000000", with: "targt: 1000000")
        #expect(ScenarioText.problems(child, others: ["base.yaml": base]) == [
            "base.yaml:3:1: unknown key 'targt' — did you mean 'target'?",
            "plan.yaml:1:1: missing required key 'target'",
        ])
    }
}
