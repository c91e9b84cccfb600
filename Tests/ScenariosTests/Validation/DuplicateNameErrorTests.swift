import Testing

/// Channel, stage and strategy names are unique; the duplicate points at the first definition.
@Suite struct DuplicateNameErrorTests {
    @Test func duplicateChannel() {
        let plan = ScenarioText.plan(channels: """
              - name: organic
                leads: [1200, 1100, 1300]
              - name: organic
                leads: 100
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:7:11: channels[1].name: duplicate channel name 'organic' (first defined at plan.yaml:5:11) — give each channel a unique name",
        ])
    }

    @Test func duplicateStrategy() {
        let plan = ScenarioText.plan(sections: """
            strategies:
              - { name: push, target: 900000 }
              - { name: push, target: 800000 }
            """)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:14:13: strategies[1].name: duplicate strategy name 'push' (first defined at plan.yaml:13:13) — give each strategy a unique name",
        ])
    }

    @Test func duplicateStage() {
        let plan = ScenarioText.plan(stages: ["{ name: opportunity, rate: 0.12 }", "{ name: opportunity, rate: 0.25 }"])
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:10:15: funnel.stages[1].name: duplicate stage name 'opportunity' (first defined at plan.yaml:9:15)",
        ])
    }
}
