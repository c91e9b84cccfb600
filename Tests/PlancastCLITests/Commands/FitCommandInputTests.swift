import Foundation
import Forecasting
@testable import PlancastCLI
import Testing

/// `plancast fit` on odd history files: each gives either a forecast whose text, JSON and CSV
/// output hold no NaN or infinity, or an error naming the file, the row and column where they
/// apply, what was found and what to do. Cases the history reader's own tests already cover
/// (an empty cell inside a series, "12k", a missing period, YYYY-MM mixed with YYYY-Qn) are
/// not repeated here.
@Suite struct FitCommandInputTests {
    enum Outcome: Sendable {
        /// A forecast from this many history values (none silently dropped).
        case forecast(values: Int)
        /// The whole message, with `FILE` standing for the file's name.
        case error(String)
    }

    struct Input: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        var arguments: [String] = []
        let outcome: Outcome
        var testDescription: String { name }
    }

    /// A monthly file from 2024-01: a header line, then one line per value cell text.
    static func monthly(_ cells: [String], header: String = "month,revenue", lineEnd: String = "\n") -> String {
        ([header] + cells.indices.map { "\(FitCommandTests.month($0)),\(cells[$0])" }).joined(separator: lineEnd) + lineEnd
    }

    /// Two years of a gently growing series.
    static let values = (0..<24).map { "\(100 + $0)" }

    /// Two order lines on each of 24 months' 5th day, adding up to `values`.
    static let orderLines = "date,sales\n" + values.indices.map { index in
        let half = "\(Double(values[index])! / 2)"
        return "\(FitCommandTests.month(index))-05,\(half)\n\(FitCommandTests.month(index))-05,\(half)\n"
    }.joined()

    /// The error for a cell in row 7 of `revenue` that is not a plain decimal number.
    static func notANumber(_ cell: String) -> String {
        "FILE, row 7, column \"revenue\": \"\(cell)\" is not a number; expected a plain decimal number such as -1234.5 or 2e6, "
            + "without thousands separators, currency or percent signs"
    }

    /// The monthly file with its months written another way, `date(index)`, and `separator`
    /// between fields.
    static func written(_ date: (Int) -> String, separator: String = ",", value: (String) -> String = { $0 }) -> String {
        "month\(separator)revenue\n" + values.indices.map { "\(date($0))\(separator)\(value(values[$0]))\n" }.joined()
    }

    /// As a US spreadsheet writes the months' first days.
    static let monthFirstDates = written { "\($0 % 12 + 1)/1/\(2024 + $0 / 12)" }

    static func replacing(_ index: Int, with cell: String) -> [String] {
        var cells = values
        cells[index] = cell
        return cells
    }

    static let inputs: [Input] = [
        Input(name: "byte-order mark", text: "\u{FEFF}" + monthly(values), outcome: .forecast(values: 24)),
        Input(name: "CRLF line ends", text: monthly(values, lineEnd: "\r\n"), outcome: .forecast(values: 24)),
        Input(name: "quoted numbers and dates", text: "\"month\",\"revenue\"\n" + values.indices.map { "\"\(FitCommandTests.month($0))\",\"\(values[$0])\"" }.joined(separator: "\n") + "\n",
              outcome: .forecast(values: 24)),
        Input(name: "trailing blank, space-only and comma-only lines", text: monthly(values) + "\n\n   \n,\n,,\n", outcome: .forecast(values: 24)),
        Input(name: "a comma at the end of every line (an unnamed empty column)",
              text: monthly(values.map { $0 + "," }, header: "month,revenue,"), outcome: .forecast(values: 24)),
        Input(name: "empty cells before the first and after the last value", text: monthly(["", ""] + Array(values.dropFirst(2).dropLast(2)) + ["", ""]),
              outcome: .forecast(values: 20)),
        Input(name: "two values (the shortest auto forecasts)", text: monthly(["100", "104"]), outcome: .forecast(values: 2)),
        Input(name: "all zeros", text: monthly(values.map { _ in "0" }), outcome: .forecast(values: 24)),
        Input(name: "a constant with one huge spike", text: monthly((0..<24).map { $0 == 12 ? "1e9" : "100" }), outcome: .forecast(values: 24)),
        Input(name: "values around 1e-9", text: monthly(values.map { "\($0)e-11" }), outcome: .forecast(values: 24)),
        Input(name: "values near the largest accepted, 1e100", text: monthly(values.map { "\($0)e97" }), outcome: .forecast(values: 24)),
        Input(name: "negative values with the log regression", text: monthly(values.map { "-\($0)" }), arguments: ["--model", "regression", "--log"],
              outcome: .error("FILE, column \"revenue\": the log form needs positive values; \"revenue\" has -100 in 2024-01")),
        Input(name: "NaN text", text: monthly(replacing(5, with: "NaN")),
              outcome: .error(notANumber("NaN"))),
        Input(name: "inf text", text: monthly(replacing(5, with: "-inf")),
              outcome: .error(notANumber("-inf"))),
        Input(name: "a hexadecimal number", text: monthly(replacing(5, with: "0x10")),
              outcome: .error(notANumber("0x10"))),
        Input(name: "a number too large for a double", text: monthly(replacing(5, with: "1e309")),
              outcome: .error("FILE, row 7, column \"revenue\": 1e309 is beyond ±1e100, the largest magnitude Plancast fits; write the column in a larger unit (thousands, millions)")),
        Input(name: "a number too near zero for the models' variances", text: monthly(replacing(5, with: "1e-300")),
              outcome: .error("FILE, row 7, column \"revenue\": 1e-300 is nearer zero than ±1e-100, the smallest magnitude Plancast fits besides 0; write the column in a smaller unit (thousandths, millionths)")),
        Input(name: "a quoted number with a thousands separator", text: monthly(replacing(5, with: "\"1,105\"")),
              outcome: .error(notANumber("1,105"))),
        Input(name: "an unquoted number with a thousands separator", text: monthly(replacing(5, with: "1,105")),
              outcome: .error("FILE, row 7: 3 fields, but the header names 2 columns, so \"105\" is in no column; write numbers without thousands separators, and quote text that holds a comma")),
        Input(name: "a column that is all blank", text: monthly(values.map { $0 + "," }, header: "month,revenue,notes"),
              outcome: .error("FILE, column \"notes\": no values; fill the column or leave it out, or pass --column to choose the columns to forecast")),
        Input(name: "a column that is all blank, named with --column", text: monthly(values.map { $0 + "," }, header: "month,revenue,notes"), arguments: ["--column", "notes"],
              outcome: .error("FILE, column \"notes\": no values; fill the column or leave it out")),
        Input(name: "values in a column without a name", text: monthly(values.map { $0 + ",7" }, header: "month,revenue,"),
              outcome: .error("FILE, row 2: column 3 has values but no name in the header row; name it")),
        Input(name: "two columns with the same name", text: monthly(values.map { $0 + ",7" }, header: "month,revenue,revenue"), arguments: ["--column", "revenue"],
              outcome: .error("FILE, row 1, column \"revenue\": 2 columns have this name (columns 2, 3); rename all but one")),
        Input(name: "a value column with one row", text: monthly(["100"]),
              outcome: .error("FILE, column \"revenue\": auto: needs at least 2 observations, found 1")),
        Input(name: "order lines on days, summed into months with --sum", text: orderLines, arguments: ["--sum", "--frequency", "monthly"],
              outcome: .forecast(values: 24)),
        Input(name: "order lines without --sum", text: orderLines,
              outcome: .error("FILE, row 3, column \"date\": 2024-01-05 is on more than one row (also row 2), as are 23 other dates: "
                  + "a file with one column per series has one row per date. If each row holds one series' value for a date (long form), "
                  + "pass --id-column, --value-column and --date-column to read it; if the rows are amounts to add up by period "
                  + "(order lines, deals), pass --sum and --frequency")),
        Input(name: "a column of words beside the values", text: monthly(values.map { $0 + ",north" }, header: "month,revenue,region"),
              outcome: .error("FILE, row 2, column \"region\": holds text, not numbers (\"north\": 24 of 24 filled cells); "
                  + "pass --column to choose the columns to forecast")),
        Input(name: "a date column with mixed formats", text: monthly(values).replacingOccurrences(of: "2024-06,", with: "2024-06-01,"),
              outcome: .error("FILE, row 7, column \"month\": \"2024-06-01\" is written as YYYY-MM-DD but earlier dates are YYYY-MM")),
        Input(name: "semicolons between fields, decimal commas and day-first dates",
              text: written({ "01.\(FitCommandTests.month($0).suffix(2)).\(2024 + $0 / 12)" }, separator: ";", value: { $0 + ",5" }),
              outcome: .forecast(values: 24)),
        Input(name: "midnight timestamps", text: written { FitCommandTests.month($0) + "-01 00:00:00" }, outcome: .forecast(values: 24)),
        Input(name: "month-first dates with --date-order", text: monthFirstDates, arguments: ["--date-order", "month-first"], outcome: .forecast(values: 24)),
        Input(name: "month-first dates without --date-order", text: monthFirstDates,
              outcome: .error("FILE, row 2, column \"month\": \"1/1/2024\" (and 23 more dates written so) is not a date; expected YYYY-MM, YYYY-MM-DD, "
                  + "YYYY-Qn, YYYY-Www or YYYY; with slashes write the year first (YYYY/MM/DD): a date such as 1/2/2024 could be 2 January "
                  + "or 1 February, or pass --date-order month-first (1/15/2024) or day-first (15/1/2024)")),
    ]

    static let horizon = 3

    /// The text of `plancast fit FILE --horizon 3 …` in `format`, or the error it throws.
    static func fit(_ file: URL, _ arguments: [String], format: String) throws -> String {
        let parsed = try Plancast.parseAsRoot(["fit", file.path, "--horizon", "\(horizon)", "--format", format] + arguments)
        let command = try #require(parsed as? FitCommand)
        var output = ""
        try command.run { output += $0 }
        return output
    }

    /// Zero spread and one enormous error are where a model's variance turns 0/0 or overflows.
    static let oddSeries = [
        ("all zeros", monthly(values.map { _ in "0" })),
        ("a constant with one huge last value", monthly((0..<24).map { $0 == 23 ? "1e9" : "100" })),
    ]

    @Test("every model, with a backtest, gives finite output or an error on odd series",
          arguments: ModelChoice.allCases.map(\.rawValue), oddSeries.indices)
    func everyModel(model: String, series: Int) throws {
        let file = try FitCommandTests.temporaryCSV("plancast-odd", text: Self.oddSeries[series].1)
        defer { try? FileManager.default.removeItem(at: file) }
        for format in ["text", "json", "csv"] {
            do {
                let output = try Self.fit(file, ["--model", model, "--backtest", "2"], format: format)
                #expect(Self.nonFiniteWords(output).isEmpty, "\(Self.oddSeries[series].0), \(format): \(output)")
            } catch {
                #expect("\(error)".hasPrefix("\(file.lastPathComponent), column \"revenue\": \(model): "), "\(error)")
            }
        }
    }

    /// A compared model that fails or degenerates on an odd series is left out with its reason;
    /// it neither stops the run nor writes a non-finite number.
    @Test("every model compared on odd series gives finite output", arguments: oddSeries.indices)
    func everyModelCompared(series: Int) throws {
        let file = try FitCommandTests.temporaryCSV("plancast-odd-compare", text: Self.oddSeries[series].1)
        defer { try? FileManager.default.removeItem(at: file) }
        let all = ModelChoice.allCases.map(\.rawValue).joined(separator: ",")
        for format in ["text", "json", "csv"] {
            let output = try Self.fit(file, ["--model", "snaive", "--backtest", "2", "--compare", all], format: format)
            #expect(Self.nonFiniteWords(output).isEmpty, "\(Self.oddSeries[series].0), \(format): \(output)")
        }
    }

    /// Words that spell a non-finite number in any of the output formats.
    static func nonFiniteWords(_ text: String) -> [Substring] {
        text.lowercased().split { !$0.isLetter }.filter { ["nan", "inf", "infinity"].contains($0) }
    }

    @Test("odd history files give a finite forecast or an error that says where and what", arguments: inputs)
    func input(_ input: Input) throws {
        let file = try FitCommandTests.temporaryCSV("plancast-input", text: input.text)
        defer { try? FileManager.default.removeItem(at: file) }
        switch input.outcome {
        case let .forecast(values):
            for format in ["text", "json", "csv"] {
                let output = try Self.fit(file, input.arguments, format: format)
                switch format {
                case "text": #expect(output.contains(", \(values) values\n"), "\(output)")
                case "csv": #expect(output.split(separator: "\n").count == 1 + Self.horizon, "a header and one line per period: \(output)")
                default: break
                }
                #expect(Self.nonFiniteWords(output).isEmpty, "\(format): \(output)")
                if format == "json" {
                    #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(output.utf8)) }
                }
            }
        case let .error(message):
            #expect {
                _ = try Self.fit(file, input.arguments, format: "text")
            } throws: { error in
                "\(error)" == message.replacingOccurrences(of: "FILE", with: file.lastPathComponent)
            }
        }
    }
}
