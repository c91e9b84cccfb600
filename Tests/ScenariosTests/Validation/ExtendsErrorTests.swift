import Testing

/// extends chains: cycles name the chain, and errors in a base file point into that file.
@Suite struct ExtendsErrorTests {
    @Test func cycleNamesTheChain() {
        let plan = """
            extends: middle.yaml
            scenario: Top

            """
        let middleYAML = """
            extends: plan.yaml

            """
        #expect(ScenarioText.problems(plan, others: ["middle.yaml": middleYAML]) == [
            "middle.yaml:1:10: extends: extends cycle: plan.yaml → middle.yaml → plan.yaml — a file cannot extend itself, directly or through others",
        ])
    }

    @Test func fileExtendingItself() {
        let plan = "extends: ./plan.yaml\n" + ScenarioText.minimal
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:1:10: extends: extends cycle: plan.yaml → plan.yaml — a file cannot extend itself, directly or through others",
        ])
    }

    @Test func errorInTheBaseFilePointsAtIt() {
        let plan = """
            extends: shared/base.yaml
            scenario: Variant

            """
        let sharedBaseYAML = ScenarioText.plan(stages: ["{ name: opportunity, rate: 0.12 }", "{ name: won, rate: 2.5 }"])
        #expect(ScenarioText.problems(plan, others: ["shared/base.yaml": sharedBaseYAML]) == [
            "shared/base.yaml:10:26: funnel.stages[1].rate: rate 2.5 is outside [0, 1]",
        ])
    }
}
