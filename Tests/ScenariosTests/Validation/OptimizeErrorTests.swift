import Testing

/// optimize: names spend channels of the scenario, keeps each min below its max, and has a
/// budget the bounds can meet.
@Suite struct OptimizeErrorTests {
    /// The plan with spend channels and `section` from line 18.
    static func plan(_ section: String) -> String {
        ScenarioText.plan(channels: ScenarioText.spendChannels, sections: section)
    }

    @Test func misspeltKeyAndObjective() {
        #expect(ScenarioText.problems(Self.plan("optimize: { budget: 100000, objectve: mean }")) == [
            "plan.yaml:18:29: optimize: unknown key 'objectve' — did you mean 'objective'?",
        ])
        #expect(ScenarioText.problems(Self.plan("optimize:\n  objective: p_hitt")) == [
            "plan.yaml:19:14: optimize.objective: unknown objective 'p_hitt' — did you mean 'p_hit'?",
        ])
    }

    @Test func boundsNameSpendChannels() {
        let plan = Self.plan("""
            optimize:
              bounds:
                serch: { max: 40000 }
                organic: { max: 1000 }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:20:5: optimize.bounds.serch: unknown channel 'serch' — did you mean 'search'?",
            "plan.yaml:21:5: optimize.bounds.organic: channel 'organic' has planned leads, not spend, so the optimiser does not allocate it — channels with spend: search, social",
        ])
    }

    @Test func inconsistentBounds() {
        let plan = Self.plan("""
            optimize:
              bounds:
                search: { min: 50000, max: 40000 }
                social: { min: -1 }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:20:13: optimize.bounds.search: min 50000 is above max 40000, so no allocation fits",
            "plan.yaml:21:20: optimize.bounds.social.min: minimum spend cannot be negative, found -1",
        ])
    }

    @Test func boundWithoutLimitsAndBoundsNotAMapping() {
        #expect(ScenarioText.problems(Self.plan("optimize:\n  bounds:\n    search: {}")) == [
            "plan.yaml:20:13: optimize.bounds.search: a bound needs min, max or both",
        ])
        #expect(ScenarioText.problems(Self.plan("optimize:\n  bounds: [search]")) == [
            "plan.yaml:19:11: optimize.bounds: expected a mapping of spend channels to { min, max }, e.g. { paid_search: { max: 200000 } }, found a list",
        ])
    }

    @Test func budgetBelowTheMinimums() {
        let plan = Self.plan("""
            optimize:
              budget: 30000
              bounds:
                search: { min: 20000 }
                social: { min: 15000 }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:19:11: optimize.budget: budget 30000 is below the sum of the channels' minimums, 35000 — raise the budget or lower a minimum",
        ])
    }

    @Test func budgetAboveTheMaximums() {
        let plan = Self.plan("""
            optimize:
              budget: 90000
              bounds:
                search: { max: 50000 }
                social: { max: 30000 }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:19:11: optimize.budget: budget 90000 is above the sum of the channels' maximums, 80000 — lower the budget or raise a maximum",
        ])
    }

    @Test func budgetMustBePositive() {
        #expect(ScenarioText.problems(Self.plan("optimize: { budget: 0 }")) == [
            "plan.yaml:18:21: optimize.budget: budget must be positive, found 0",
        ])
    }

    @Test func nothingToAllocate() {
        #expect(ScenarioText.problems(ScenarioText.plan(sections: "optimize: { budget: 100000 }")) == [
            "plan.yaml:12:11: optimize: no channel has spend, so there is nothing to allocate — give a channel spend: and response:, or remove optimize:",
        ])
    }

    @Test func strategiesCannotChangeIt() {
        let plan = Self.plan("""
            strategies:
              - { name: tight, optimize: { budget: 1 } }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:19:20: strategies[0]: a strategy cannot change 'optimize' — strategies change target, history, channels, funnel, pipeline, capacity, recurring",
        ])
    }

    @Test func boundOnAChannelAFileRemovesPointsAtTheBound() {
        let base = Self.plan("""
            optimize:
              bounds:
                social: { max: 30000 }
            """)
        let plan = """
            extends: base.yaml
            scenario: Without social
            channels: [ { name: social, remove: true } ]

            """
        #expect(ScenarioText.problems(plan, others: ["base.yaml": base]) == [
            "base.yaml:20:5: optimize.bounds.social: unknown channel 'social' — channels with spend: search",
        ])
    }
}
