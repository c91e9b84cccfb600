import Testing

/// YAML syntax errors are reported at libYAML's line and column, with its context.
@Suite struct YAMLSyntaxErrorTests {
    @Test func unclosedFlowSequence() {
        #expect(ScenarioText.problems(ScenarioText.plan(leads: "[1200, 1100, 1300")) == [
            "plan.yaml:7:7: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 6, column 12)",
        ])
    }

    @Test func tabIndentation() {
        let plan = ScenarioText.minimal.replacingOccurrences(of: "  deal_size:", with: "\tdeal_size:")
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:11:1: YAML syntax error: found character that cannot start any token (while scanning for the next token at line 11, column 1)",
        ])
    }

    @Test func duplicateKey() {
        #expect(ScenarioText.problems(ScenarioText.plan(sections: "target: 2000000")) == [
            "plan.yaml:3:1: duplicate key 'target' in the same mapping — keep one of them",
        ])
    }

    @Test func documentIsNotAMapping() {
        let plan = """
            - just
            - a list

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:1:1: expected a mapping of scenario keys (scenario, window, target, …), found a list",
        ])
    }
}
