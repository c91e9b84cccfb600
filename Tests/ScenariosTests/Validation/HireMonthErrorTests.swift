import Testing

/// Hire months must fall inside the plan window.
@Suite struct HireMonthErrorTests {
    @Test func hireAfterTheWindow() {
        let plan = ScenarioText.plan(sections: """
            capacity:
              reps: 10
              opportunities_per_rep_month: 30
              hires: [ { month: 2026-11, count: 2 } ]
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:15:21: capacity.hires[0].month: hire month 2026-11 is outside the window 2026-07 to 2026-09",
        ])
    }

    @Test func hireBeforeTheWindow() {
        let plan = ScenarioText.plan(sections: """
            capacity:
              reps: 10
              opportunities_per_rep_month: 30
              hires:
                - { month: 2026-06, count: 1, ramp: [0.5, 1] }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:16:16: capacity.hires[0].month: hire month 2026-06 is outside the window 2026-07 to 2026-09",
        ])
    }
}
