import Testing

/// Probabilities in cycle_months and discrete must sum to 1 within 1e-9; the message says by how much they miss.
@Suite struct ProbabilitySumErrorTests {
    @Test func cycleMonthsShortOfOne() {
        let plan = """
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
              cycle_months: { 0: 0.5, 1: 0.4 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:17: funnel.cycle_months: probabilities sum to 0.9, 0.1 short of 1",
        ])
    }

    @Test func discreteAboveOne() {
        let plan = """
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
              deal_size: { discrete: { 5000: 0.6, 20000: 0.6 } }

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:26: funnel.deal_size.discrete: probabilities sum to 1.2, 0.2 more than 1",
        ])
    }

    @Test func tinyDifferenceIsReported() {
        let plan = """
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
              cycle_months: { 0: 0.5, 1: 0.499999 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:17: funnel.cycle_months: probabilities sum to 0.999999, 1e-06 short of 1",
        ])
    }

    @Test func decimalRoundingIsAccepted() {
        let plan = """
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
              cycle_months: { 0: 0.1, 1: 0.2, 2: 0.7 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [])
    }
}
