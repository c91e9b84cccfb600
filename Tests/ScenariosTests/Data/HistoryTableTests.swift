import Forecasting
import Scenarios
import Testing

@Suite("History files")
struct HistoryTableTests {
    func parse(_ text: String, _ options: HistoryOptions = HistoryOptions()) throws(DataErrors) -> HistoryTable {
        try HistoryTable.parse(text, file: "sales.csv", options: options)
    }

    func messages(_ text: String, _ options: HistoryOptions = HistoryOptions()) -> [String] {
        do {
            _ = try parse(text, options)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("a wide file gives one series per value column, with quoted fields and CRLF")
    func wide() throws {
        let table = try parse("month,revenue,\"leads, paid\"\r\n2026-01,100,5\r\n2026-02,110,\"6\"\r\n2026-03,120,7\r\n")
        #expect(table.frequency == .monthly)
        #expect(table.series.map(\.id) == ["revenue", "leads, paid"])
        #expect(table.series[0].values == [100, 110, 120])
        #expect(table.series[1].start.description == "2026-01" && table.series[1].end.description == "2026-03")
    }

    /// A spreadsheet in a decimal-comma locale saves "CSV" with semicolons (R's read.csv2).
    @Test("a semicolon-separated file reads its decimal commas; a thousands separator is reported in its own convention")
    func semicolons() throws {
        let table = try parse("Monat;Umsatz;Kosten\n2026-01;1234,5;10\n2026-02;1300;\"11,25\"\n")
        #expect(table.series.map(\.id) == ["Umsatz", "Kosten"])
        #expect(table.series[0].values == [1234.5, 1300])
        #expect(table.series[1].values == [10, 11.25])
        #expect(messages("Monat;Umsatz\n2026-01;1.234,5\n2026-02;1300\n") == [
            "sales.csv, row 2, column \"Umsatz\": \"1.234,5\" is not a number; expected a plain decimal number such as -1234,5 or 2e6, without thousands separators, currency or percent signs",
        ])
    }

    /// pandas writes a monthly index as midnight timestamps; German spreadsheets write days
    /// first with dots. Both are days, so monthly data is their months' first days.
    @Test("timestamps and day-first dates read as days; slashes with the year last get advice")
    func exportDateSpellings() throws {
        let timestamps = try parse("date,revenue\n2026-01-01 00:00:00,100\n2026-02-01 00:00:00,110\n2026-03-01 00:00:00,120\n")
        #expect(timestamps.frequency == .monthly && timestamps.series[0].values == [100, 110, 120])
        let orders = try parse("Datum;Umsatz\n03.01.2026;10,5\n17.01.2026;4\n02.02.2026;7\n27.02.2026;1\n", HistoryOptions(frequency: .monthly, sumWithinPeriods: true))
        #expect(orders.series[0].values == [14.5, 8])
        #expect(messages("date,revenue\n01/02/2026,100\n") == [
            "sales.csv, row 2, column \"date\": \"01/02/2026\" is not a date; expected YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Www or YYYY; "
                + "with slashes write the year first (YYYY/MM/DD): a date such as 1/2/2024 could be 2 January or 1 February",
        ])
    }

    @Test("a long file gives one series per id, dates in any order")
    func long() throws {
        let text = "region,date,sales\nnorth,2025-Q2,5\nsouth,2025-Q1,7\nnorth,2025-Q1,4\nsouth,2025-Q2,8\n"
        let table = try parse(text, HistoryOptions(layout: .long(idColumn: "region", dateColumn: "date", valueColumn: "sales")))
        #expect(table.frequency == .quarterly)
        #expect(table.series.map(\.id) == ["north", "south"])
        #expect(table.series[0].values == [4, 5] && table.series[1].values == [7, 8])
    }

    @Test("weekly day dates are placed on ISO weeks")
    func weekly() throws {
        let table = try parse("date,leads\n2025-12-29,1\n2026-01-05,2\n2026-01-12,3\n")
        #expect(table.frequency == .weekly)
        #expect(table.series[0].start.description == "2026-W01")
    }

    /// A wide file's row is a cell of every value column; its date is read once, so a bad one
    /// is one problem, not one per column.
    @Test("a bad date in a wide file is reported once, not once per column")
    func badDateInWideFile() {
        #expect(messages("month,north,south,west\n2026-01,1,2,3\nFeb 2026,4,5,6\n2026-03,7,8,9\n") == [
            "sales.csv, row 3, column \"month\": \"Feb 2026\" is not a date; expected YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Www or YYYY",
        ])
    }

    @Test("every problem is reported with file, row and column")
    func errors() {
        #expect(messages("month,revenue\nJan 2026,100\n2026-02,12k\n") == [
            "sales.csv, row 2, column \"month\": \"Jan 2026\" is not a date; expected YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Www or YYYY",
        ])
        #expect(messages("month,revenue\n2026-01,100\n2026-02,12k\n") == [
            "sales.csv, row 3, column \"revenue\": \"12k\"" + Self.notANumber,
        ])
        // A bad cell inside the series is that one problem, not also a missing period, and
        // --fill does not paper over it.
        let badInside = "month,revenue\n2026-01,100\n2026-02,12k\n2026-03,90\n"
        #expect(messages(badInside) == ["sales.csv, row 3, column \"revenue\": \"12k\"" + Self.notANumber])
        #expect(messages(badInside, HistoryOptions(fillGaps: true)) == ["sales.csv, row 3, column \"revenue\": \"12k\"" + Self.notANumber])
        #expect(messages("month,revenue\n2026-01,100\n2026-02,2e200\n2026-03,90\n") == [
            "sales.csv, row 3, column \"revenue\": 2e200 is beyond ±1e100, the largest magnitude Plancast fits; write the column in a larger unit (thousands, millions)",
        ])
        #expect(messages("month,revenue\n2026-01,100\n2026-02,-3e-250\n2026-03,0\n") == [
            "sales.csv, row 3, column \"revenue\": -3e-250 is nearer zero than ±1e-100, the smallest magnitude Plancast fits besides 0; write the column in a smaller unit (thousandths, millionths)",
        ])
        #expect(messages("month,revenue\n2026-01,100\n2026-01,90\n2026-02,95\n") == [
            "sales.csv, row 3, column \"month\": 2026-01 appears twice (also row 2)",
        ])
        #expect(messages("month,revenue\n2026-01,100\n2026-Q2,90\n") == [
            "sales.csv, row 3, column \"month\": \"2026-Q2\" is written as YYYY-Qn but earlier dates are YYYY-MM",
        ])
        let gaps = "month,revenue\n2026-01,100\n2026-03,90\n2026-04,,\n2026-05,80\n"
        #expect(messages(gaps) == [
            "sales.csv, column \"revenue\": no row for 2026-02; add it",
            "sales.csv, row 4, column \"revenue\": empty cell for 2026-04 inside the series; fill it",
        ])
        #expect(messages(gaps, HistoryOptions(fillAdvice: "pass --fill to interpolate gaps")) == [
            "sales.csv, column \"revenue\": no row for 2026-02; add it, or pass --fill to interpolate gaps",
            "sales.csv, row 4, column \"revenue\": empty cell for 2026-04 inside the series; fill it, or pass --fill to interpolate gaps",
        ])
        #expect(messages("month,revenue\n2026-01,1\n", HistoryOptions(layout: .wide(dateColumn: nil, valueColumns: ["sales"]))) == [
            "sales.csv, row 1: no column \"sales\"; the columns are \"month\", \"revenue\"",
        ])
        #expect(messages("day,revenue\n2026-01-01,1\n2026-01-02,2\n") == [
            "sales.csv, column \"day\": cannot tell whether the dates are weekly, monthly, quarterly or yearly; give the frequency",
        ])
        #expect(messages("month,revenue\n") == ["sales.csv: no data rows: expected a header row and at least one row of values"])
        #expect(messages("month,revenue\n2026-01,\"100\n") == ["sales.csv, row 2: a quoted field is never closed"])
    }

    /// With no column to read it, a value past the header's last column would be lost without
    /// a word: a thousands separator turns "1,234" into 1 and a stray 234.
    @Test("a value past the header's columns is an error; an empty one is not")
    func raggedRows() throws {
        #expect(messages("month,revenue\n2026-01,1,234\n2026-02,1200\n2026-03,1300,,\" \"\n") == [
            "sales.csv, row 2: 3 fields, but the header names 2 columns, so \"234\" is in no column; write numbers without thousands separators, and quote text that holds a comma",
        ])
        #expect(try parse("month,revenue\n2026-01,100,\n2026-02,110,\n").series[0].values == [100, 110])
    }

    /// A spreadsheet's empty rows export as commas; trailing ones are common.
    @Test("rows of commas or spaces are blank lines")
    func blankRows() throws {
        let table = try parse("month,revenue\n2026-01,100\n,\n   \n2026-02,110\n,,\n\n")
        #expect(table.series[0].values == [100, 110])
    }

    /// A comma at the end of every line makes an unnamed, empty column: nothing to read. An
    /// unnamed column with values has no name for its series, and of two columns with one
    /// name only the first could be read.
    @Test("an empty unnamed column is ignored; one with values, or a shared name, is an error")
    func columnNames() throws {
        #expect(try parse("month,revenue,\n2026-01,100,\n2026-02,110,\n").series.map(\.id) == ["revenue"])
        #expect(messages("month,revenue,\n2026-01,100,\n2026-02,110,7\n") == [
            "sales.csv, row 3: column 3 has values but no name in the header row; name it",
        ])
        let shared = "month,revenue,revenue\n2026-01,100,1\n2026-02,110,2\n"
        let sharedMessage = "sales.csv, row 1, column \"revenue\": 2 columns have this name (columns 2, 3); rename all but one"
        #expect(messages(shared) == [sharedMessage])
        #expect(messages(shared, HistoryOptions(layout: .wide(dateColumn: nil, valueColumns: ["revenue"]))) == [sharedMessage])
        let long = "id,date,sales,sales\nnorth,2026-01,1,2\nnorth,2026-02,3,4\n"
        #expect(messages(long, HistoryOptions(layout: .long(idColumn: "id", dateColumn: "date", valueColumn: "sales"))) == [
            "sales.csv, row 1, column \"sales\": 2 columns have this name (columns 3, 4); rename all but one",
        ])
    }

    static let notANumber = " is not a number; expected a plain decimal number such as -1234.5 or 2e6, without thousands separators, currency or percent signs"

    /// `Double(_:)` alone would read "nan", "inf" and hexadecimal; none is a spreadsheet's
    /// number. A decimal too large for a double is out of range, not "not a number".
    @Test("values are plain decimal numbers")
    func numbers() throws {
        for text in ["NaN", "-inf", "Infinity", "0x10", "\"1,234\"", "$12", "12%"] {
            let cell = text.replacingOccurrences(of: "\"", with: "")
            #expect(messages("month,revenue\n2026-01,\(text)\n2026-02,1\n") == ["sales.csv, row 2, column \"revenue\": \"\(cell)\"" + Self.notANumber])
        }
        #expect(messages("month,revenue\n2026-01,1e309\n2026-02,1\n") == [
            "sales.csv, row 2, column \"revenue\": 1e309 is beyond ±1e100, the largest magnitude Plancast fits; write the column in a larger unit (thousands, millions)",
        ])
        let table = try parse("month,revenue\n2026-01,+5\n2026-02,.5\n2026-03,5.\n2026-04,-2E-3\n2026-05,1e3\n")
        #expect(table.series[0].values == [5, 0.5, 5, -0.002, 1000])
    }

    @Test("a column without values says how to fix it, with the reader's own advice")
    func emptyColumn() {
        let text = "month,revenue,notes\n2026-01,100,\n2026-02,110,\n"
        #expect(messages(text) == ["sales.csv, column \"notes\": no values; fill the column or leave it out"])
        #expect(messages(text, HistoryOptions(columnAdvice: "pass --column to choose the columns to forecast")) == [
            "sales.csv, column \"notes\": no values; fill the column or leave it out, or pass --column to choose the columns to forecast",
        ])
        let long = "id,date,sales\nnorth,2026-01,1\nsouth,2026-01,\n"
        #expect(messages(long, HistoryOptions(layout: .long(idColumn: "id", dateColumn: "date", valueColumn: "sales"))) == [
            "sales.csv, column \"sales\": no values for \"south\"; fill them or leave its rows out",
        ])
    }

    /// A long-form file read as wide repeats every date and has a text column; cell by cell
    /// that is an error per cell and column (a thousand for a 200-row file), all meaning one
    /// thing, so it is said once, with how to read the file.
    @Test("a long-form file read as wide is one error that says how to read it")
    func longFormReadAsWide() {
        let text = "month,region,sales,units\n2026-01,north,1,5\n2026-01,south,2,6\n2026-02,north,3,7\n2026-02,south,4,8\n2026-03,north,5,9\n2026-03,south,6,1\n"
        let found = "sales.csv, row 3, column \"month\": 2026-01 is on more than one row (also row 2), as are 2 other dates: "
            + "a file with one column per series has one row per date"
        #expect(messages(text) == [found + "; give each series its own column (\"region\" may name the series)"])
        #expect(messages(text, HistoryOptions(longFormAdvice: "pass --id-column, --value-column and --date-column to read it")) == [
            found + ". If each row holds one series' value for a date (long form), pass --id-column, --value-column and --date-column "
                + "to read it (\"region\" may name the series)",
        ])
    }

    /// Fewer than half of the rows repeating a date is a mistake in those rows, each named,
    /// and once for the file, not once per value column.
    @Test("a few repeated dates are named row by row, once for all value columns")
    func repeatedDates() {
        #expect(messages("month,sales,units\n2026-01,1,5\n2026-01,2,6\n2026-02,3,7\n2026-03,4,8\n") == [
            "sales.csv, row 3, column \"month\": 2026-01 appears twice (also row 2)",
        ])
    }

    /// A column of labels is one error with a few of its words; a numeric column beside it
    /// with one typo keeps its own cell error.
    @Test("a text column is one error; a numeric column's typo stays a cell error")
    func textColumn() {
        let text = "month,region,sales\n2026-01,north,1\n2026-02,south,2x\n2026-03,east,3\n2026-04,west,4\n2026-05,north,5\n"
        #expect(messages(text, HistoryOptions(columnAdvice: "pass --column to choose the columns to forecast")) == [
            "sales.csv, row 2, column \"region\": holds text, not numbers (\"north\", \"south\", \"east\", …: 5 of 5 filled cells); "
                + "pass --column to choose the columns to forecast",
            "sales.csv, row 3, column \"sales\": \"2x\"" + Self.notANumber,
        ])
    }

    /// Order lines on days, summed into months: 2026-01 gets 10 + 5 + 2.5, 2026-02 an empty
    /// cell and 4 (the empty cell adds nothing), 2026-03 one line.
    @Test("rows in the same period are added up on request, in wide and long files")
    func sumWithinPeriods() throws {
        let lines = "date,sales\n2026-01-03,10\n2026-01-17,5\n2026-02-02,\n2026-01-31,2.5\n2026-02-20,4\n2026-03-09,7\n"
        let wide = try parse(lines, HistoryOptions(frequency: .monthly, sumWithinPeriods: true))
        #expect(wide.series[0].values == [17.5, 4, 7])
        let long = "region,date,sales\nnorth,2026-Q1,1\nsouth,2026-Q1,2\nnorth,2026-Q1,3\nnorth,2026-Q2,4\nsouth,2026-Q2,5\n"
        let table = try parse(long, HistoryOptions(layout: .long(idColumn: "region", dateColumn: "date", valueColumn: "sales"), sumWithinPeriods: true))
        #expect(table.series.map(\.values) == [[4, 4], [2, 5]])
        // A bad cell is still an error, not added as zero.
        #expect(messages("date,sales\n2026-01-03,10\n2026-01-17,5x\n2026-02-02,1\n", HistoryOptions(frequency: .monthly, sumWithinPeriods: true)) == [
            "sales.csv, row 3, column \"sales\": \"5x\"" + Self.notANumber,
        ])
    }

    /// Rows from 2026-01-25 (7 of January's 31 days) to 2026-03-10 (10 of March's 31): both
    /// ends of the file are partial sums and each is named once, for every series; whole
    /// months, or rows not summed, are not. A series whose own last row is early in the last
    /// month (a slow product) is no sign of a partial export.
    @Test("a summed first or last period that the file's rows cover only in part is a warning")
    func partialPeriods() throws {
        let options = HistoryOptions(frequency: .monthly, sumWithinPeriods: true)
        let partial = try parse("date,sales,units\n2026-01-25,1,1\n2026-01-30,1,\n2026-02-14,2,1\n2026-03-02,3,1\n2026-03-10,4,\n", options)
        #expect(partial.series[0].values == [2, 2, 7])
        #expect(partial.warnings.map(\.description) == [
            "sales.csv, row 2, column \"date\": 2026-01 has rows only from 2026-01-25 on (23% of its days): if the export starts there, "
                + "its sums are partial and read as a weak start; leave 2026-01 out or export whole periods",
            "sales.csv, row 6, column \"date\": 2026-03 has rows only up to 2026-03-10 (32% of its days): if the export ends there, "
                + "its sums are partial and read as a fall; leave 2026-03 out or export whole periods",
        ])
        #expect(try parse("date,sales,units\n2026-01-03,1,1\n2026-02-14,2,1\n2026-03-02,3,1\n2026-03-30,3,\n", options).warnings.isEmpty)
        #expect(try parse("date,sales\n2026-01-25,1\n2026-02-14,2\n2026-03-10,3\n", HistoryOptions(frequency: .monthly)).warnings.isEmpty)
    }

    @Test("gaps are filled on request and counted")
    func fill() throws {
        let table = try parse("month,revenue\n2026-01,100\n2026-04,130\n2026-05,\n2026-06,150\n", HistoryOptions(fillGaps: true))
        #expect(table.series[0].values == [100, 110, 120, 130, 140, 150])
        #expect(table.filledPeriods["revenue"]?.map(\.description) == ["2026-02", "2026-03", "2026-05"])
    }

    /// Four years of a December twice an ordinary month, with one December missing: filled
    /// as a December (`GapFilling`), where a straight line would give 100.
    @Test("a missing December is filled as a December")
    func fillAlongTheSeason() throws {
        let rows = (0..<48).map { t in "\(2022 + t / 12)-\(String(format: "%02d", t % 12 + 1)),\(t == 23 ? "" : t % 12 == 11 ? "200" : "100")" }
        let table = try parse("month,revenue\n" + rows.joined(separator: "\n") + "\n", HistoryOptions(fillGaps: true))
        #expect(abs(table.series[0].values[23] - 200) < 1e-6)
        #expect(table.filledPeriods["revenue"]?.map(\.description) == ["2023-12"])
    }

    @Test("empty cells before a series starts are not gaps")
    func staggeredStarts() throws {
        let table = try parse("month,a,b\n2026-01,1,\n2026-02,2,5\n2026-03,3,6\n")
        #expect(table.series[1].start.description == "2026-02" && table.series[1].values == [5, 6])
    }
}
