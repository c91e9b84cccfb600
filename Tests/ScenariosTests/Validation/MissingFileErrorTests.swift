import Testing

/// Missing files and missing CSV columns are reported at the key that names them.
@Suite struct MissingFileErrorTests {
    @Test func missingPipelineFile() {
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

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:13:10: pipeline.deals: cannot read deals.csv: file not found",
        ])
    }

    @Test func missingPipelineColumn() {
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

            """
        let dealsCSV = """
            id,stage,amt,close_month
            D1,discovery,5000,2026-07
            D2,proposal,7000,2026-08

            """
        #expect(ScenarioText.problems(plan, others: ["deals.csv": dealsCSV]) == [
            "plan.yaml:13:10: pipeline.deals: deals.csv has no column 'amount' (columns: id, stage, amt, close_month) — did you mean 'amt'?",
        ])
    }

    @Test func missingHistoryFile() {
        let plan = """
            scenario: Test plan
            window: { start: 2026-07, months: 3 }
            target: 1000000
            history: data/monthly.csv
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
            "plan.yaml:4:10: history: cannot read data/monthly.csv: file not found",
        ])
    }

    @Test func missingExtendedFile() {
        let plan = """
            extends: base.yaml
            scenario: Variant

            """
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:1:10: extends: cannot read base.yaml: file not found",
        ])
    }

    @Test func missingEmpiricalColumn() {
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
              deal_size: { empirical: deals.csv#size }

            """
        let dealsCSV = """
            id,stage,amount,close_month
            D1,discovery,5000,2026-07
            D2,proposal,7000,2026-08

            """
        #expect(ScenarioText.problems(plan, others: ["deals.csv": dealsCSV]) == [
            "plan.yaml:11:27: funnel.deal_size.empirical: deals.csv has no column 'size' (columns: id, stage, amount, close_month)",
        ])
    }
}
