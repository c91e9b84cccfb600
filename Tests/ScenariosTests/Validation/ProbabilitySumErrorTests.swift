import Testing

/// Probabilities in cycle_months and discrete must sum to 1 within 1e-9; the message says by how much they miss.
@Suite struct ProbabilitySumErrorTests {
    @Test func cycleMonthsShortOfOne() {
        #expect(ScenarioText.problems(ScenarioText.plan(cycleMonths: "{ 0: 0.5, 1: 0.4 }")) == [
            "plan.yaml:11:17: funnel.cycle_months: probabilities sum to 0.9, 0.1 short of 1",
        ])
    }

    @Test func discreteAboveOne() {
        #expect(ScenarioText.problems(ScenarioText.plan(dealSize: "{ discrete: { 5000: 0.6, 20000: 0.6 } }")) == [
            "plan.yaml:11:26: funnel.deal_size.discrete: probabilities sum to 1.2, 0.2 more than 1",
        ])
    }

    @Test func tinyDifferenceIsReported() {
        #expect(ScenarioText.problems(ScenarioText.plan(cycleMonths: "{ 0: 0.5, 1: 0.499999 }")) == [
            "plan.yaml:11:17: funnel.cycle_months: probabilities sum to 0.999999, 1e-06 short of 1",
        ])
    }

    @Test func decimalRoundingIsAccepted() {
        #expect(ScenarioText.problems(ScenarioText.plan(cycleMonths: "{ 0: 0.1, 1: 0.2, 2: 0.7 }")) == [])
    }
}
