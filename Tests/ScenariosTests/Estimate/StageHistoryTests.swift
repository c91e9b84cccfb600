import Forecasting
import Scenarios
import Testing

@Suite struct StageHistoryTests {
    /// Deal 1 goes discovery → proposal → negotiation → won; deal 2 skips proposal and goes
    /// back from negotiation to discovery; deal 3 stays in discovery. Outcome rows are dropped.
    static let text = """
        deal_id,stage,entered
        1,discovery,2026-01-03
        1,proposal,2026-01-20
        2,discovery,2026-02-01
        1,negotiation,2026-02-11
        1,Closed Won,2026-03-01
        2,negotiation,2026-02-15
        2,discovery,2026-03-02
        3,discovery,2026-03
        """

    @Test func readsPathsInDateOrder() throws {
        let history = try StageHistory.parse(Self.text, file: "stages.csv", options: StageHistoryOptions())
        #expect(history.entries.count == 7)
        #expect(history.paths == ["1": ["discovery", "proposal", "negotiation"], "2": ["discovery", "negotiation"], "3": ["discovery"]])
        #expect(history.currentStages == ["1": "negotiation", "2": "discovery", "3": "discovery"])
        // Mean positions: discovery 0, proposal 1, negotiation (2 + 1)/2 = 1.5.
        #expect(history.orderedStages == ["discovery", "proposal", "negotiation"])
        let first = history.entries[0]
        #expect(first.row == 2 && first.dealID == "1" && first.stage == "discovery")
        #expect(first.entered == YearMonth(year: 2026, month: 1) && first.day == 3)
    }

    @Test func mapsColumns() throws {
        let text = "opp,to,at\nX,qualify,2026-01-02\n"
        let options = StageHistoryOptions(dealColumn: "opp", stageColumn: "to", enteredColumn: "at")
        #expect(try StageHistory.parse(text, file: "h.csv", options: options).paths == ["X": ["qualify"]])
    }

    /// Every problem at once, with its row and column.
    @Test func reportsEveryProblem() {
        #expect(throws: DataErrors([
            DataError(file: "h.csv", row: 1, message: "no date entered column: expected one named entered, entered_date, date, changed_at or given with --stage-history-date-column (columns: deal_id, stage)"),
        ])) { try StageHistory.parse("deal_id,stage\n1,a\n", file: "h.csv") }
        let text = "deal_id,stage,entered\n,a,2026-01-01\n2,,2026-13-01\n3,b\n4,c,\n"
        #expect(throws: DataErrors([
            DataError(file: "h.csv", row: 2, column: "deal_id", message: "empty; every entry needs its deal id"),
            DataError(file: "h.csv", row: 3, column: "stage", message: "empty; every entry needs its stage"),
            DataError(file: "h.csv", row: 3, column: "entered", message: "'2026-13-01' is not a date (expected YYYY-MM-DD or YYYY-MM)"),
            DataError(file: "h.csv", row: 4, message: "2 fields; the header has 3"),
            DataError(file: "h.csv", row: 5, column: "entered", message: "empty; every entry needs the date its stage was entered"),
        ])) { try StageHistory.parse(text, file: "h.csv") }
    }
}
