import Testing

/// Errors inside strategies point at the strategy's own lines.
@Suite struct StrategyErrorTests {
    @Test func errorInsideAStrategy() {
        let plan = ScenarioText.plan(sections: """
            strategies:
              - name: fewer leads
                channels: [ { name: organic, leads: [1200, 1100] } ]
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:14:41: strategies[0].channels[0].leads: expected 3 leads values (one per month of the window), found 2",
        ])
    }

    @Test func removingAChannelThatIsNotThere() {
        let plan = ScenarioText.plan(sections: """
            strategies:
              - name: no paid
                channels: [ { name: paid, remove: true } ]
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:14:39: strategies[0].channels[0].remove: remove: true, but no inherited channel named 'paid' to remove — remove: applies in a strategy or a file that extends another, to drop a channel it inherits",
        ])
    }

    @Test func strategyChangingTheWindow() {
        let plan = ScenarioText.plan(sections: """
            strategies:
              - { name: longer, window: { start: 2026-07, months: 6 } }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:13:21: strategies[0]: a strategy cannot change 'window' — strategies change target, history, channels, funnel, pipeline, capacity, recurring",
        ])
    }
}
