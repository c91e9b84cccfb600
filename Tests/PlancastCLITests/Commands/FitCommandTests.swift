import Foundation
@testable import PlancastCLI
import Scenarios
import TestSupport
import Testing

/// `plancast fit`'s input errors: gaps name the option that fills them (and the option does),
/// and a target window must run forward.
@Suite struct FitCommandTests {
    /// A CSV file in the temporary directory with these lines.
    static func temporaryCSV(_ prefix: String, lines: [String]) throws -> URL {
        try temporaryCSV(prefix, text: lines.joined(separator: "\n") + "\n")
    }

    /// A CSV file in the temporary directory with exactly this text (line ends, byte-order mark).
    static func temporaryCSV(_ prefix: String, text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// "YYYY-MM" of the month `index` months after 2024-01.
    static func month(_ index: Int) -> String {
        let month = index % 12 + 1
        return "\(2024 + index / 12)-\(month < 10 ? "0" : "")\(month)"
    }

    /// 2024-01 … 2025-12 without 2025-02.
    static func gappedHistory() throws -> URL {
        try temporaryCSV("plancast-gap", lines: ["month,revenue"] + (0..<24).filter { $0 != 13 }.map { "\(month($0)),\(100 + $0)" })
    }

    @Test("a gap stops fit with its period and the option that fills it")
    func gapNamesFillOption() throws {
        let file = try Self.gappedHistory()
        defer { try? FileManager.default.removeItem(at: file) }
        var command = try Plancast.parseAsRoot(["fit", file.path, "--horizon", "3"])
        #expect {
            try command.run()
        } throws: { error in
            (error as? DataErrors)?.description == "\(file.lastPathComponent), column \"revenue\": no row for 2025-02; add it, or pass --fill to interpolate gaps"
        }
    }

    @Test("--fill interpolates the gap and fits")
    func fillFits() throws {
        let file = try Self.gappedHistory()
        defer { try? FileManager.default.removeItem(at: file) }
        var command = try Plancast.parseAsRoot(["fit", file.path, "--horizon", "3", "--fill", "--model", "naive"])
        try command.run()
    }

    @Test("a window that ends before it starts is refused with an example")
    func reversedWindow() throws {
        let file = Fixtures.repository("Data/example/monthly.csv").path
        var command = try Plancast.parseAsRoot(["fit", file, "--column", "revenue", "--horizon", "3",
                                                "--target", "100", "--window", "2026-09..2026-07"])
        #expect {
            try command.run()
        } throws: { error in
            "\(error)" == "--window: \"2026-09..2026-07\" is not FROM..TO, FROM no later than TO, in the data's monthly dates (e.g. 2026-06..2026-08)"
        }
    }

    @Test("a series that cannot be forecast is named by its file and its column or series id")
    func seriesFailureNamesFile() throws {
        let wide = try Self.temporaryCSV("plancast-one", lines: ["month,revenue", "2024-01,100"])
        let long = try Self.temporaryCSV("plancast-one-long", lines: ["region,month,sales", "north,2024-01,100"])
        defer { for file in [wide, long] { try? FileManager.default.removeItem(at: file) } }
        let cases = [
            (["fit", wide.path, "--horizon", "3"], "\(wide.lastPathComponent), column \"revenue\": auto: needs at least 2 observations, found 1"),
            (["fit", long.path, "--horizon", "3", "--id-column", "region", "--date-column", "month", "--value-column", "sales"],
             "\(long.lastPathComponent), series \"north\": auto: needs at least 2 observations, found 1"),
        ]
        for (arguments, message) in cases {
            var command = try Plancast.parseAsRoot(arguments)
            #expect {
                try command.run()
            } throws: { error in
                "\(error)" == message
            }
        }
    }

    /// Leads and spend by month from 2024-01; spend is planned three months past the last
    /// leads value (2025-12).
    static func spendHistory() throws -> URL {
        try temporaryCSV("plancast-spend", lines: ["month,leads,spend"] + (0..<27).map { index in
            let spend = 1000 + (index * 370) % 900
            return "\(month(index)),\(index < 24 ? String(200 + 2 * index + spend / 10) : ""),\(spend)"
        })
    }

    @Test("the regression options fit with the file's planned values")
    func regressorFits() throws {
        let file = try Self.spendHistory()
        defer { try? FileManager.default.removeItem(at: file) }
        var command = try Plancast.parseAsRoot(["fit", file.path, "--model", "regression", "--regressor", "spend", "--horizon", "3",
                                                "--changepoint", "2025-01", "--backtest", "2", "--log", "--fourier", "2", "--damping", "0.95"])
        try command.run()
    }

    @Test("regression option mistakes are refused with what to do", arguments: [
        (["--regressor", "spend"], "--regressor needs --model regression; auto does not use it"),
        (["--log", "--fourier", "3", "--model", "ets"], "--fourier and --log need --model regression; ets does not use them"),
        (["--changepoint", "2025-01", "--damping", "0.9", "--log"], "--changepoint, --damping and --log need --model regression; auto does not use them"),
        (["--model", "regression", "--fourier", "0"], "--fourier must be at least 1 pair, found 0"),
        (["--model", "regression", "--damping", "0"], "--damping must be above 0 and at most 1 (1 keeps the trend straight), found 0.0"),
        (["--model", "regression", "--column", "spend", "--regressor", "spend"], "\"spend\" is both a --column to forecast and a --regressor"),
        (["--model", "regression", "--id-column", "id", "--value-column", "v", "--regressor", "spend"],
         "--regressor names a column of a wide file; a long file has no regressor columns"),
    ])
    func regressorOptionErrors(arguments: [String], message: String) {
        Self.expectRefused(arguments, message)
    }

    /// `plancast fit history.csv --horizon 3` with `arguments` is refused with exactly `message`.
    static func expectRefused(_ arguments: [String], _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            _ = try Plancast.parseAsRoot(["fit", "history.csv", "--horizon", "3"] + arguments)
        } throws: { error in
            Plancast.message(for: error) == message
        }
    }

    @Test("--compare mistakes are refused with what to do", arguments: [
        (["--compare", "ets"], "--compare needs --backtest N: the models are compared on the backtest's origins"),
        (["--backtest", "3", "--compare", "ets,prophet"],
         "--compare: \"prophet\" is not a model; the models are auto, ets, theta, dotm, damped, arima, regression, snaive, naive, drift"),
        (["--backtest", "3", "--compare", "ets,,theta"],
         "--compare: \"\" is not a model; the models are auto, ets, theta, dotm, damped, arima, regression, snaive, naive, drift"),
    ])
    func compareOptionErrors(arguments: [String], message: String) {
        Self.expectRefused(arguments, message)
    }

    @Test("--compare backtests the named models beside the chosen one and names the lowest MASE")
    func compareRuns() throws {
        let file = Fixtures.repository("Data/example/monthly.csv").path
        let command = try #require(try Plancast.parseAsRoot(["fit", file, "--column", "revenue", "--horizon", "3", "--model", "theta",
                                                             "--backtest", "2", "--compare", "naive, drift,theta"]) as? FitCommand)
        var output = ""
        try command.run { output += $0 }
        let header = output.split(separator: "\n").first { $0.hasPrefix("  measure ") }
        #expect(header?.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            == ["measure", "theta", "seasonal naive", "naive", "drift"], "\(output)")
        #expect(output.contains("\nLowest MASE: "), "\(output)")
    }

    @Test("an unknown regressor column, a bad changepoint, or a horizon past the planned values is refused")
    func regressorRunErrors() throws {
        let file = try Self.spendHistory()
        defer { try? FileManager.default.removeItem(at: file) }
        let cases: [([String], String)] = [
            (["--regressor", "price", "--horizon", "3"], "--regressor: no column \"price\" in \(file.path); the value columns are \"leads\", \"spend\""),
            (["--regressor", "spend", "--horizon", "3", "--changepoint", "2025-13"], "--changepoint: \"2025-13\" is not a monthly date like 2024-01"),
            (["--regressor", "spend", "--horizon", "4"],
             "\(file.lastPathComponent), column \"leads\": regressor \"spend\" has no value for 2026-04, forecast period 4 of 4; add its planned value (it runs 2024-01 to 2026-03)"),
        ]
        for (arguments, message) in cases {
            var command = try Plancast.parseAsRoot(["fit", file.path, "--model", "regression"] + arguments)
            #expect {
                try command.run()
            } throws: { error in
                "\(error)" == message
            }
        }
    }
}
