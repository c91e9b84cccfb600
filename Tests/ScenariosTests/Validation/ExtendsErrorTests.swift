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
        let plan = """
            extends: ./plan.yaml
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
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:1:10: extends: extends cycle: plan.yaml → plan.yaml — a file cannot extend itself, directly or through others",
        ])
    }

    @Test func errorInTheBaseFilePointsAtIt() {
        let plan = """
            extends: shared/base.yaml
            scenario: Variant

            """
        let sharedBaseYAML = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                leads: [1200, 1100, 1300]
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: 2.5 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan, others: ["shared/base.yaml": sharedBaseYAML]) == [
            "shared/base.yaml:10:26: funnel.stages[1].rate: rate 2.5 is outside [0, 1]",
        ])
    }
}
