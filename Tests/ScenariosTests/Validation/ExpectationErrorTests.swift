import Testing

/// expect: entries name a known strategy and metric and at least one consistent bound.
@Suite struct ExpectationErrorTests {
    @Test func unknownStrategy() {
        let plan = ScenarioText.plan(sections: """
            strategies:
              - { name: more paid search, target: 900000 }
            expect:
              - { strategy: more paid serch, metric: p_hit, at_least: 0.5 }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:15:17: expect[0].strategy: unknown strategy 'more paid serch' — did you mean 'more paid search'?",
        ])
    }

    @Test func unknownMetric() {
        let plan = ScenarioText.plan(sections: """
            expect:
              - { metric: p_hitt, at_least: 0.5 }
              - { metric: revenue_p95, at_most: 10 }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:13:15: expect[0].metric: unknown metric 'p_hitt' — did you mean 'p_hit'?",
            "plan.yaml:14:15: expect[1].metric: unknown metric 'revenue_p95' — did you mean 'revenue_p90'?",
        ])
    }

    @Test func checkWithoutBounds() {
        let plan = ScenarioText.plan(sections: """
            expect:
              - { metric: p_hit }
              - { metric: cac, at_least: 900, at_most: 100 }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:13:5: expect[0]: a check needs at_least, at_most or both",
            "plan.yaml:14:5: expect[1]: at_least 900 is above at_most 100, so the check can never pass",
        ])
    }
}
