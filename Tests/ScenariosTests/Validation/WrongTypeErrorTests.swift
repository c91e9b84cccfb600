import Testing

/// Values of the wrong kind say what was expected and what was found.
@Suite struct WrongTypeErrorTests {
    @Test func textForANumber() {
        #expect(ScenarioText.problems(ScenarioText.plan(target: "lots")) == [
            "plan.yaml:3:9: target: expected a number, found 'lots'",
        ])
    }

    @Test func thousandsSeparators() {
        #expect(ScenarioText.problems(ScenarioText.plan(target: "1,000,000")) == [
            "plan.yaml:3:9: target: expected a number, found '1,000,000' — write numbers without thousands separators, e.g. 1000000",
        ])
    }

    @Test func fractionForAWholeNumber() {
        #expect(ScenarioText.problems(ScenarioText.plan(window: "{ start: 2026-07, months: 2.5 }")) == [
            "plan.yaml:2:35: window.months: expected a whole number, found '2.5'",
        ])
    }

    @Test func scalarForAMapping() {
        #expect(ScenarioText.problems(ScenarioText.plan(window: "2026-07")) == [
            "plan.yaml:2:9: window: expected a mapping { start: YYYY-MM, months: N }, found '2026-07'",
        ])
    }

    @Test func mappingForAList() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                leads: [1200, 1100, 1300]
            funnel:
              stages:
                first: { name: opportunity, rate: 0.12 }
              ignored:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:9:5: funnel.stages: expected a list of stages, e.g. [ { name: won, rate: 0.2 } ], found a mapping",
            "plan.yaml:10:3: funnel: unknown key 'ignored' — expected one of: stages, cycle_months, deal_size",
        ])
    }

    @Test func badMonth() {
        #expect(ScenarioText.problems(ScenarioText.plan(window: "{ start: 2026-13, months: 3 }")) == [
            "plan.yaml:2:18: window.start: expected a month as YYYY-MM (e.g. 2026-07), found '2026-13'",
        ])
    }

    @Test func quotedNumber() {
        #expect(ScenarioText.problems(ScenarioText.plan(target: "\"1000000\"")) == [
            "plan.yaml:3:9: target: expected a number, found '1000000' — remove the quotes: a quoted value is text",
        ])
    }
}
