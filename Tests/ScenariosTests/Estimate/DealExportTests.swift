import Forecasting
import Scenarios
import Testing

@Suite struct DealExportTests {
    static let good = """
        id,created,closed,outcome,amount,source,stage
        1,2026-01-05,2026-02-10,won,12000,organic,negotiation
        2,2026-01-20,2026-01-28,Lost,0,paid,discovery
        3,2026-03-02,,open,,paid,proposal
        """

    @Test func readsDealsWithDefaults() throws {
        let export = try DealExport.parse(Self.good, file: "deals.csv")
        #expect(export.deals.map(\.outcome) == [.won, .lost, .open])
        #expect(export.deals[0].created == YearMonth(year: 2026, month: 1))
        #expect(export.deals[0].closed == YearMonth(year: 2026, month: 2))
        #expect(export.deals[2].amount == nil)
        #expect(export.channels == ["organic", "paid"])
        #expect(export.asOf == YearMonth(year: 2026, month: 3))
        #expect(export.deals[1].row == 3)
    }

    @Test func readsSemicolonSeparatedExportsWithDecimalCommas() throws {
        let export = try DealExport.parse("created;closed;outcome;amount\n2026-01-05;2026-02-10;won;12000,50\n", file: "crm.csv")
        #expect(export.deals.map(\.amount) == [12000.5])
    }

    @Test func readsSlashDatesInTheOrderGivenAndOtherwiseSaysWhy() throws {
        let text = "created,closed,outcome,amount\n1/15/2026 9:30 AM,2/3/2026,won,100\n"
        let export = try DealExport.parse(text, file: "crm.csv", options: DealExportOptions(slashDates: SlashDateReading(order: .monthFirst)))
        #expect(export.deals[0].created == YearMonth(year: 2026, month: 1))
        #expect(export.deals[0].closed == YearMonth(year: 2026, month: 2))
        #expect(throws: DataErrors([
            DataError(file: "crm.csv", row: 2, column: "created", message: "'1/15/2026 9:30 AM' is not a date (expected YYYY-MM-DD or YYYY-MM); "
                      + "with slashes write the year first (YYYY/MM/DD): a date such as 1/2/2024 could be 2 January or 1 February, or say which"),
            DataError(file: "crm.csv", row: 2, column: "closed", message: "'2/3/2026' is not a date (expected YYYY-MM-DD or YYYY-MM); "
                      + "with slashes write the year first (YYYY/MM/DD): a date such as 1/2/2024 could be 2 January or 1 February, or say which"),
        ])) {
            try DealExport.parse(text, file: "crm.csv", options: DealExportOptions(slashDates: SlashDateReading(advice: "say which")))
        }
    }

    @Test func mapsColumnsAndOutcomeValues() throws {
        let text = "opened,shut,result,value\n2026-01,2026-02,Closed Won,5\n2026-01,2026-03,gone,0\n2026-02,,working,\n"
        let options = DealExportOptions(createdColumn: "opened", closedColumn: "shut", outcomeColumn: "result",
                                        amountColumn: "value", lostValues: ["gone"])
        let export = try DealExport.parse(text, file: "crm.csv", options: options)
        #expect(export.deals.map(\.outcome) == [.won, .lost, .open])
        #expect(export.deals.allSatisfy { $0.source == DealExport.allChannels && $0.stage == nil })
    }

    /// Every problem at once, each with file, row and column (golden messages).
    @Test func reportsEveryProblemWithItsPlace() {
        let text = """
            created,closed,outcome,amount
            2026-13-01,2026-02-01,won,100
            2026-01-01,,lost,100
            2026-03-01,2026-02-01,won,-5
            2026-01-01,2026-02-01,won,
            2026-01-01,2026-02-01,open,1
            """
        #expect(throws: DataErrors([
            DataError(file: "d.csv", row: 2, column: "created", message: "'2026-13-01' is not a date (expected YYYY-MM-DD or YYYY-MM)"),
            DataError(file: "d.csv", row: 3, column: "closed", message: "empty; a won or lost deal needs a date"),
            DataError(file: "d.csv", row: 4, column: "closed", message: "closed 2026-02 before it was created 2026-03"),
            DataError(file: "d.csv", row: 4, column: "amount", message: "amount -5 is negative"),
            DataError(file: "d.csv", row: 5, column: "amount", message: "empty; a won deal needs its amount"),
            DataError(file: "d.csv", row: 6, column: "closed", message: "deal is open ('open') but has a close date '2026-02-01'"),
        ])) { try DealExport.parse(text, file: "d.csv") }
    }

    @Test func missingColumnsAreNamed() {
        #expect(throws: DataErrors([
            DataError(file: "d.csv", row: 1, message: "no close date column: expected one named closed, close_date, closed_date or given with --close-date-column (columns: created, outcome)"),
            DataError(file: "d.csv", row: 1, column: "value", message: "no column 'value' for the amount (columns: created, outcome)"),
        ])) { try DealExport.parse("created,outcome\n2026-01,won\n", file: "d.csv", options: DealExportOptions(amountColumn: "value")) }
    }
}

@Suite struct DealExportIDTests {
    /// Ids and expected close dates are read when present; ids must be unique.
    @Test func readsIDsAndExpectedCloseDates() throws {
        let text = "id,created,closed,outcome,expected_close\nA,2026-01-05,2026-03-10,won,2026-02-20\nB,2026-01-20,,open,\n"
        let export = try DealExport.parse(text, file: "deals.csv")
        #expect(export.deals.map(\.id) == ["A", "B"])
        #expect(export.deals.map(\.expectedClose) == [YearMonth(year: 2026, month: 2), nil])
        #expect(throws: DataErrors([
            DataError(file: "deals.csv", row: 3, column: "id", message: "deal id 'A' already appears in row 2"),
        ])) { try DealExport.parse("id,created,closed,outcome\nA,2026-01,2026-02,won\nA,2026-01,,open\n", file: "deals.csv") }
        #expect(throws: DataErrors([
            DataError(file: "deals.csv", row: 2, column: "due", message: "'soon' is not a date (expected YYYY-MM-DD or YYYY-MM)"),
        ])) {
            try DealExport.parse("created,closed,outcome,due\n2026-01,2026-02,lost,soon\n", file: "deals.csv",
                                 options: DealExportOptions(expectedCloseColumn: "due"))
        }
    }
}
