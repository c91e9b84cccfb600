import Testing

/// Missing files and missing CSV columns are reported at the key that names them.
@Suite struct MissingFileErrorTests {
    @Test func missingPipelineFile() {
        let plan = ScenarioText.plan(sections: ScenarioText.pipeline)
        #expect(ScenarioText.problems(plan) == [
            "plan.yaml:13:10: pipeline.deals: cannot read deals.csv: file not found",
        ])
    }

    @Test func missingPipelineColumn() {
        let plan = ScenarioText.plan(sections: ScenarioText.pipeline)
        let dealsCSV = ScenarioText.deals(header: "id,stage,amt,close_month")
        #expect(ScenarioText.problems(plan, others: ["deals.csv": dealsCSV]) == [
            "plan.yaml:13:10: pipeline.deals: deals.csv has no column 'amount' (columns: id, stage, amt, close_month) — did you mean 'amt'?",
        ])
    }

    @Test func missingHistoryFile() {
        let plan = ScenarioText.plan(history: "data/monthly.csv")
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
        let plan = ScenarioText.plan(dealSize: "{ empirical: deals.csv#size }")
        #expect(ScenarioText.problems(plan, others: ["deals.csv": ScenarioText.deals()]) == [
            "plan.yaml:11:27: funnel.deal_size.empirical: deals.csv has no column 'size' (columns: id, stage, amount, close_month)",
        ])
    }
}
