import Testing

/// Missing required keys are reported at the mapping that lacks them.
@Suite struct MissingKeyErrorTests {
    @Test func missingWindow() {
        let plan = """
            scenario: Test plan
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
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:1:1: missing required key 'window'",
        ])
    }

    @Test func stageWithoutRate() {
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
                - { name: won }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:10:7: funnel.stages[1]: missing required key 'rate'",
        ])
    }

    @Test func channelWithoutLeadsOrSpend() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:5:5: channels[0]: missing required key 'leads' or 'spend'",
        ])
    }

    @Test func spendWithoutResponse() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                spend: [50000, 50000, 60000]
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:5:5: channels[0]: missing required key 'response' (how spend turns into leads) — add response: { cost_per_lead: 85 } or { hill: { max_leads, half_spend, slope } }",
        ])
    }
}
