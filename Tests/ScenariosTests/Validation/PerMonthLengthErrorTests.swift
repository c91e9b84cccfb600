import Testing

/// A per-month list has exactly window.months entries.
@Suite struct PerMonthLengthErrorTests {
    @Test func tooFewLeads() {
        #expect(ScenarioText.problems(ScenarioText.plan(leads: "[1200, 1100]")) == [
            "plan.yaml:6:12: channels[0].leads: expected 3 leads values (one per month of the window), found 2",
        ])
    }

    @Test func tooManyMonthlyTargets() {
        #expect(ScenarioText.problems(ScenarioText.plan(target: "{ monthly: [300000, 300000, 400000, 100000] }")) == [
            "plan.yaml:3:20: target.monthly: expected 3 monthly target values (one per month of the window), found 4",
        ])
    }

    @Test func windowChangedByExtends() {
        let plan = """
            extends: base.yaml
            scenario: Longer
            window: { start: 2026-07, months: 4 }

            """
        #expect(ScenarioText.problems(plan, others: ["base.yaml": ScenarioText.minimal]) == [
            "base.yaml:6:12: channels[0].leads: expected 4 leads values (one per month of the window), found 3",
        ])
    }
}
