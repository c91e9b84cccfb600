import Testing

/// A log-normal's p90 must lie above its median.
@Suite struct LogNormalPercentileErrorTests {
    @Test func p90BelowMedian() {
        let plan = ScenarioText.plan(dealSize: "{ lognormal: { median: 9000, p90: 8000 } }")
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:48: funnel.deal_size.lognormal.p90: lognormal p90 8000 must exceed median 9000",
        ])
    }

    @Test func p90EqualToMedian() {
        let plan = ScenarioText.plan(dealSize: "{ lognormal: { median: 9000, p90: 9000 } }")
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:48: funnel.deal_size.lognormal.p90: lognormal p90 9000 must exceed median 9000",
        ])
    }
}
