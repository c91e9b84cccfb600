import Testing

/// A log-normal's p90 must lie above its median.
@Suite struct LogNormalPercentileErrorTests {
    @Test func p90BelowMedian() {
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
              deal_size: { lognormal: { median: 9000, p90: 8000 } }

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:48: funnel.deal_size.lognormal.p90: lognormal p90 8000 must exceed median 9000",
        ])
    }

    @Test func p90EqualToMedian() {
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
              deal_size: { lognormal: { median: 9000, p90: 9000 } }

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:48: funnel.deal_size.lognormal.p90: lognormal p90 9000 must exceed median 9000",
        ])
    }
}
