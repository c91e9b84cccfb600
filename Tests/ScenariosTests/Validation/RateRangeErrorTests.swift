import Testing

/// Rates must stay within [0, 1] for every draw; a normal rate is rejected with a beta suggestion.
@Suite struct RateRangeErrorTests {
    /// The minimal plan with the opportunity and won rates written as given.
    static func plan(opportunity: String = "0.12", won: String = "0.25") -> String {
        ScenarioText.plan(stages: ["{ name: opportunity, rate: \(opportunity) }", "{ name: won, rate: \(won) }"])
    }

    @Test func betaMeanAboveOne() {
        #expect(ScenarioText.problems(Self.plan(won: "{ beta: { mean: 1.2, sd: 0.1 } }")) == [
            "plan.yaml:10:42: funnel.stages[1].rate.beta.mean: beta mean 1.2 is outside (0, 1)",
        ])
    }

    @Test func fixedRateAboveOne() {
        #expect(ScenarioText.problems(Self.plan(opportunity: "1.2")) == [
            "plan.yaml:9:34: funnel.stages[0].rate: rate 1.2 is outside [0, 1]",
        ])
    }

    @Test func normalRateSuggestsBeta() {
        #expect(ScenarioText.problems(Self.plan(opportunity: "{ normal: { mean: 0.12, sd: 0.02 } }")) == [
            "plan.yaml:9:34: funnel.stages[0].rate: rate must stay within [0, 1], but a normal distribution can draw any value — use beta: { mean: 0.12, sd: 0.02 }",
        ])
    }

    @Test func uniformRateReachingAboveOne() {
        #expect(ScenarioText.problems(Self.plan(won: "{ uniform: { min: 0.5, max: 1.5 } }")) == [
            "plan.yaml:10:26: funnel.stages[1].rate: rate must stay within [0, 1], but this uniform can draw 1.5",
        ])
    }

    @Test func slipAboveOne() {
        let plan = ScenarioText.plan(sections: ScenarioText.pipeline + "  slip: 1.5\n")
        #expect(ScenarioText.problems(plan, others: ["deals.csv": ScenarioText.deals()]) == [
            "plan.yaml:15:9: pipeline.slip: slip 1.5 is outside [0, 1]",
        ])
    }
}
