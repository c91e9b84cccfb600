import Testing

/// Rates must stay within [0, 1] for every draw; a normal rate is rejected with a beta suggestion.
@Suite struct RateRangeErrorTests {
    @Test func betaMeanAboveOne() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                leads: [1200, 1100, 1300]
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: { beta: { mean: 1.2, sd: 0.1 } } }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:10:42: funnel.stages[1].rate.beta.mean: beta mean 1.2 is outside (0, 1)",
        ])
    }

    @Test func fixedRateAboveOne() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                leads: [1200, 1100, 1300]
            funnel:
              stages:
                - { name: opportunity, rate: 1.2 }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:9:34: funnel.stages[0].rate: rate 1.2 is outside [0, 1]",
        ])
    }

    @Test func normalRateSuggestsBeta() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                leads: [1200, 1100, 1300]
            funnel:
              stages:
                - { name: opportunity, rate: { normal: { mean: 0.12, sd: 0.02 } } }
                - { name: won, rate: 0.25 }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:9:34: funnel.stages[0].rate: rate must stay within [0, 1], but a normal distribution can draw any value — use beta: { mean: 0.12, sd: 0.02 }",
        ])
    }

    @Test func uniformRateReachingAboveOne() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            channels:
              - name: organic
                leads: [1200, 1100, 1300]
            funnel:
              stages:
                - { name: opportunity, rate: 0.12 }
                - { name: won, rate: { uniform: { min: 0.5, max: 1.5 } } }
              deal_size: 9000

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:10:26: funnel.stages[1].rate: rate must stay within [0, 1], but but this uniform can draw 1.5",
        ])
    }

    @Test func slipAboveOne() {
        let plan = """
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
            pipeline:
              deals: deals.csv
              win_rate: { discovery: 0.15, proposal: 0.35 }
              slip: 1.5

            """
        let dealsCSV = """
            id,stage,amount,close_month
            D1,discovery,5000,2026-07
            D2,proposal,7000,2026-08

            """
        #expect(ScenarioText.problems(plan, others: ["deals.csv": dealsCSV]) == [
            "plan.yaml:15:9: pipeline.slip: slip 1.5 is outside [0, 1]",
        ])
    }
}
