import Testing

/// Pipeline rows are checked cell by cell, reported by file, row and column.
@Suite struct PipelineStageErrorTests {
    static let plan = ScenarioText.plan(sections: ScenarioText.pipeline)

    @Test func stageNotInWinRate() {
        let dealsCSV = ScenarioText.deals([
            "D1,discovery,5000,2026-07", "D2,proposal,7000,2026-08", "D3,negotiaton,9000,2026-09", "D4,closing,3000,2026-07",
        ])
        #expect(ScenarioText.problems(Self.plan, others: ["deals.csv": dealsCSV]) == [
            "deals.csv:4:2: stage: stage 'negotiaton' is not in pipeline.win_rate (discovery, proposal) — add a win rate for 'negotiaton'",
            "deals.csv:5:2: stage: stage 'closing' is not in pipeline.win_rate (discovery, proposal) — add a win rate for 'closing'",
        ])
    }

    @Test func badCloseMonthAndAmount() {
        let dealsCSV = ScenarioText.deals(["D1,discovery,5000,2026-07", "D2,proposal,7000,2026-08", "D3,proposal,9k,July"])
        #expect(ScenarioText.problems(Self.plan, others: ["deals.csv": dealsCSV]) == [
            "deals.csv:4:3: amount: expected a number, found '9k'",
            "deals.csv:4:4: close_month: expected a month as YYYY-MM, found 'July'",
        ])
    }

    /// Cells are read as the history reader reads them: what `Double(_:)` alone would take
    /// but no spreadsheet means as a number is refused.
    @Test func hexadecimalAndInfiniteAmounts() {
        let dealsCSV = ScenarioText.deals(["D1,discovery,0x1F40,2026-07", "D2,proposal,inf,2026-08"])
        #expect(ScenarioText.problems(Self.plan, others: ["deals.csv": dealsCSV]) == [
            "deals.csv:2:3: amount: expected a number, found '0x1F40'",
            "deals.csv:3:3: amount: expected a number, found 'inf'",
        ])
    }
}
