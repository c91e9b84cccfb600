import Testing

/// Missing required keys are reported at the mapping that lacks them.
@Suite struct MissingKeyErrorTests {
    @Test func missingWindow() {
        #expect(ScenarioText.problems(ScenarioText.plan(window: nil)) == [
            "plan.yaml:1:1: missing required key 'window'",
        ])
    }

    @Test func stageWithoutRate() {
        let plan = ScenarioText.plan(stages: ["{ name: opportunity, rate: 0.12 }", "{ name: won }"])
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:10:7: funnel.stages[1]: missing required key 'rate'",
        ])
    }

    @Test func channelWithoutLeadsOrSpend() {
        let plan = ScenarioText.plan(channels: "  - name: organic")
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:5:5: channels[0]: missing required key 'leads' or 'spend'",
        ])
    }

    @Test func spendWithoutResponse() {
        let plan = ScenarioText.plan(channels: """
              - name: organic
                spend: [50000, 50000, 60000]
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:5:5: channels[0]: missing required key 'response' (how spend turns into leads) — add response: { cost_per_lead: 85 } or { hill: { max_leads, half_spend, slope } }",
        ])
    }
}
