import Testing

/// Unknown keys are reported at the key, with the closest known key as a suggestion.
@Suite struct UnknownKeyErrorTests {
    @Test func misspeltTopLevelKey() {
        let plan = ScenarioText.minimal.replacingOccurrences(of: "channels:", with: "chanels:")
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:1:1: missing required key 'channels'",
            "plan.yaml:4:1: unknown key 'chanels' — did you mean 'channels'?",
        ])
    }

    @Test func misspeltNestedKey() {
        let plan = ScenarioText.plan(stages: ["{ name: opportunity, rate: 0.12 }", "{ name: won, rat: 0.25 }"])
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:10:7: funnel.stages[1]: missing required key 'rate'",
            "plan.yaml:10:20: funnel.stages[1]: unknown key 'rat' — did you mean 'rate'?",
        ])
    }

    @Test func misspeltDistribution() {
        #expect(ScenarioText.problems(ScenarioText.plan(dealSize: "{ lognormel: { median: 9000, p90: 25000 } }")) == [
            "plan.yaml:11:16: funnel.deal_size: unknown distribution 'lognormel' — did you mean 'lognormal'?",
        ])
    }

    @Test func unknownKeyWithoutCloseMatch() {
        #expect(ScenarioText.problems(ScenarioText.plan(sections: "colour: blue")) == [
            "plan.yaml:12:1: unknown key 'colour' — expected one of: scenario, extends, window, target, currency, trials, seed, history, channels, funnel, pipeline, capacity, recurring, strategies, expect, optimize",
        ])
    }

    @Test func misspeltDistributionParameter() {
        #expect(ScenarioText.problems(ScenarioText.plan(dealSize: "{ lognormal: { median: 9000, p09: 25000 } }")) == [
            "plan.yaml:11:43: funnel.deal_size.lognormal: unknown key 'p09' — did you mean 'p90'?",
        ])
    }
}
