import Testing

/// A per-month list has exactly window.months entries.
@Suite struct PerMonthLengthErrorTests {
    @Test func tooFewLeads() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                leads: [1200, 1100]
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:6:12: channels[0].leads: expected 3 leads values (one per month of the window), found 2",
        ])
    }

    @Test func tooManyMonthlyTargets() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: { monthly: [300000, 300000, 400000, 100000] }
            channels:
              - name: organic
                leads: [1200, 1100, 1300]
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:3:20: target.monthly: expected 3 monthly target values (one per month of the window), found 4",
        ])
    }

    @Test func windowChangedByExtends() {
        let plan = """
            extends: base.yaml
            scenario: Longer
            window: { start: 2026-07, months: 4 }

            """
        let baseYAML = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                leads: [1200, 1100, 1300]
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan, others: ["base.yaml": baseYAML]) == [
            "base.yaml:6:12: channels[0].leads: expected 4 leads values (one per month of the window), found 3",
        ])
    }
}
