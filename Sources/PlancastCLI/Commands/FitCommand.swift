import ArgumentParser
import Forecasting
import Foundation
import Reports
import Scenarios

/// `plancast fit`: forecasts every series of a history file with intervals, optionally with a
/// backtest and a target probability.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a forecasting model to sales history and forecast with prediction intervals.",
        discussion: """
            FILE is a CSV file with a date column (YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Www or YYYY; \
            also YYYY/MM/DD, DD.MM.YYYY and timestamps, and 1/15/2024 with --date-order) and \
            numeric columns, or, with --id-column/--date-column/--value-column, one row per \
            series, date and value. Fields may be separated by commas, or by semicolons (then \
            numbers may use a decimal comma) or tabs. The default model, auto, averages Theta and \
            damped-trend smoothing (for monthly data the dynamic optimised Theta model instead), \
            adding ETS for seasonal data, the random walk with drift for data without a season \
            and, for yearly, quarterly and monthly data, an ARIMA that models the season by \
            differencing (for monthly data, each reconciled with its fits to quarterly and yearly \
            sums); it calibrates the intervals on its own backtests inside the history. The regression model also takes explanatory columns of a wide file \
            (--regressor: planned spend, promotion flags), which need values for the horizon \
            too, changepoints where the trend's slope may change (--changepoint), a smooth \
            season of a few Fourier waves instead of one effect per period (--fourier), a trend \
            that flattens past the history (--damping), and a log form for proportional effects \
            (--log).
            """)

    @Argument(help: "The history CSV file.")
    var file: String

    @Option(help: "A value column to forecast (repeatable); default: every column but the date.")
    var column: [String] = []

    @Option(help: "The date column (default: one named date/period/month/week/quarter/year, else the first).")
    var dateColumn: String?

    @Option(help: "Long form: the column holding each row's series id.")
    var idColumn: String?

    @Option(help: "Long form: the column holding the values.")
    var valueColumn: String?

    @Option(help: "Periods to forecast.")
    var horizon: Int

    @Option(help: "The model: \(ModelChoice.allCases.map(\.rawValue).joined(separator: ", ")).")
    var model: ModelChoice = .auto

    @Option(help: "Interval levels in percent, comma-separated.")
    var levels: String = "80,95"

    @Option(help: "Rolling-origin backtest over the last N origins (accuracy, and every backtest forecast in JSON and the report).")
    var backtest: Int?

    @Option(help: "With --backtest: models to backtest at the same origins, comma-separated (e.g. ets,theta,arima), each with its default settings; their accuracy is shown beside the chosen model's and seasonal naive's.")
    var compare: String?

    @Option(help: "Output format: text, json or csv.")
    var format: OutputFormat = .text

    @Option(help: "The data's frequency (default: inferred): \(Frequency.allCases.map(\.rawValue).joined(separator: ", ")).")
    var frequency: Frequency?

    @OptionGroup var dateOrder: DateOrderOption

    @Flag(help: "Fill missing periods from their neighbours, along the seasonal pattern when the history has one, instead of stopping.")
    var fill = false

    @Flag(help: "Add up the rows that fall in the same period (order lines, deals, daily sales) instead of refusing a repeated period; give --frequency when the dates are daily.")
    var sum = false

    @Option(help: "A target for the sum over --window; prints P(sum >= target).")
    var target: Double?

    @Option(help: "The target's window, e.g. 2026-07..2026-09.")
    var window: String?

    @Option(help: "Random seed for the sample paths behind --target.")
    var seed: UInt64 = 1

    @Option(help: "Also write a self-contained HTML report to this file: a fan chart per series, with the backtest's forecasts when --backtest is given.")
    var report: String?

    @Option(help: "With --model regression: a column of the (wide) file to use as an explanatory variable, with values for the history and the horizon (repeatable).")
    var regressor: [String] = []

    @Option(help: "With --model regression: a period from which the trend may change slope, e.g. 2023-04 (repeatable).")
    var changepoint: [String] = []

    @Flag(help: "With --model regression: fit the logarithm of the values, so trend, season and regressors act in proportion (positive data).")
    var log = false

    @Option(help: "With --model regression: model the season by K Fourier pairs (sine-cosine waves) instead of one effect per period: fewer parameters, a smoother season (up to 6 for monthly data, 26 for weekly).")
    var fourier: Int?

    @Option(help: "With --model regression: damp the trend past the history by this factor per period (above 0, at most 1; e.g. 0.95), so long forecasts level off instead of growing without bound.")
    var damping: Double?

    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case text, json, csv
    }

    func validate() throws {
        guard horizon >= 1 else { throw ValidationError("--horizon must be at least 1, found \(horizon)") }
        _ = try parsedLevels()
        if let backtest, backtest < 1 { throw ValidationError("--backtest must be at least 1, found \(backtest)") }
        if compare != nil && backtest == nil {
            throw ValidationError("--compare needs --backtest N: the models are compared on the backtest's origins")
        }
        _ = try parsedCompare()
        if (target == nil) != (window == nil) { throw ValidationError("--target and --window go together") }
        if let target, !target.isFinite { throw ValidationError("--target must be a finite number") }
        let longOptions = [idColumn, valueColumn].compactMap { $0 }
        if !longOptions.isEmpty && longOptions.count < 2 {
            throw ValidationError("long form needs both --id-column and --value-column (and --date-column unless it is named date)")
        }
        if idColumn != nil && !column.isEmpty { throw ValidationError("--column is for wide files; use --value-column with --id-column") }
        let regressionOptions = [("--regressor", !regressor.isEmpty), ("--changepoint", !changepoint.isEmpty), ("--fourier", fourier != nil),
                                 ("--damping", damping != nil), ("--log", log)].filter(\.1).map(\.0)
        if model != .regression && !regressionOptions.isEmpty {
            let one = regressionOptions.count == 1
            throw ValidationError("\(Plural.list(regressionOptions)) need\(one ? "s" : "") --model regression; \(model.rawValue) does not use \(one ? "it" : "them")")
        }
        if let fourier, fourier < 1 { throw ValidationError("--fourier must be at least 1 pair, found \(fourier)") }
        if let damping, !(damping > 0 && damping <= 1) {
            throw ValidationError("--damping must be above 0 and at most 1 (1 keeps the trend straight), found \(damping)")
        }
        if idColumn != nil && !regressor.isEmpty {
            throw ValidationError("--regressor names a column of a wide file; a long file has no regressor columns")
        }
        if let both = regressor.first(where: column.contains) {
            throw ValidationError("\"\(both)\" is both a --column to forecast and a --regressor")
        }
    }

    func parsedLevels() throws -> [Double] {
        try levels.split(separator: ",").map { text in
            guard let percent = Double(text.trimmingSpaces()), percent > 0, percent < 100 else {
                throw ValidationError("--levels: \"\(text)\" is not a percentage between 0 and 100")
            }
            return percent / 100
        }
    }

    /// The models named by `--compare`, in order; none without it.
    func parsedCompare() throws -> [ModelChoice] {
        guard let compare else { return [] }
        return try compare.split(separator: ",", omittingEmptySubsequences: false).map { text in
            let name = text.trimmingSpaces()
            guard let choice = ModelChoice(rawValue: name) else {
                throw ValidationError("--compare: \"\(name)\" is not a model; the models are \(ModelChoice.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return choice
        }
    }

    func run() throws {
        try run { print($0, terminator: "") }
    }

    /// Everything `run()` does, with the forecast output handed to `emit` instead of printed
    /// (tests read it).
    func run(emit: (String) -> Void) throws {
        let layout: HistoryOptions.Layout = if let idColumn, let valueColumn {
            .long(idColumn: idColumn, dateColumn: dateColumn ?? "date", valueColumn: valueColumn)
        } else {
            .wide(dateColumn: dateColumn, valueColumns: column.isEmpty ? nil : column + regressor)
        }
        let table = try HistoryTable.load(contentsOf: URL(fileURLWithPath: file), options: HistoryOptions(
            layout: layout, frequency: frequency, fillGaps: fill, sumWithinPeriods: sum, fillAdvice: "pass --fill to interpolate gaps",
            columnAdvice: idColumn == nil && column.isEmpty ? "pass --column to choose the columns to forecast" : nil,
            longFormAdvice: "pass --id-column, --value-column and --date-column to read it; if the rows are amounts to add up "
                + "by period (order lines, deals), pass --sum and --frequency",
            slashDates: dateOrder.slashDates))
        // On standard error, so CSV and JSON output stay clean.
        for warning in table.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        let regressors = try regressor.map { name in
            guard let series = table.series.first(where: { $0.id == name }) else {
                throw ValidationError("--regressor: no column \"\(name)\" in \(file); the value columns are \(table.series.map { "\"\($0.id)\"" }.joined(separator: ", "))")
            }
            return series
        }
        let forecastSeries = table.series.filter { !regressor.contains($0.id) }
        guard !forecastSeries.isEmpty else { throw ValidationError("every value column is a --regressor; name the one to forecast with --column") }
        let changepoints = try changepoint.map { text in
            guard !text.contains(".."), let period = Period.window(parsing: text, frequency: table.frequency)?.lowerBound else {
                throw ValidationError("--changepoint: \"\(text)\" is not a \(table.frequency.rawValue) date like \(forecastSeries[0].start)")
            }
            return period
        }
        var targetRequest: ForecastRequest.Target?
        if let target, let window {
            guard let range = Period.window(parsing: window, frequency: table.frequency) else {
                throw ValidationError("--window: \"\(window)\" is not FROM..TO, FROM no later than TO, in the data's \(table.frequency.rawValue) dates (e.g. \(forecastSeries[0].end)..\(forecastSeries[0].end.advanced(by: 2)))")
            }
            targetRequest = ForecastRequest.Target(value: target, window: range)
        }
        let reportFile = try report.map(HTMLReportFile.init(path:))
        let request = ForecastRequest(model: model, horizon: horizon, levels: try parsedLevels(), backtestOrigins: backtest,
                                      comparedModels: try parsedCompare(), target: targetRequest, seed: seed,
                                      regression: .init(regressors: regressors, changepoints: changepoints, logarithmic: log,
                                                          seasonality: fourier.map { .fourier(pairs: $0) } ?? .dummies, damping: damping ?? 1))
        let results = try zip(forecastSeries, SeriesForecaster.run(forecastSeries, request: request)).map { series, result in
            do {
                return try result.get()
            } catch {
                throw SeriesFailure(file: table.file, id: series.id, isColumn: idColumn == nil, underlying: error)
            }
        }
        var output = ""
        switch format {
        case .text:
            for (index, result) in results.enumerated() {
                if index > 0 { output += "\n" }
                ForecastTextReport(result, filledPeriods: table.filledPeriods[result.series.id] ?? []).write(to: &output)
            }
        case .json:
            try ForecastJSONReport.write(results, filledPeriods: table.filledPeriods, to: &output)
        case .csv:
            ForecastCSVReport.write(results, to: &output)
        }
        emit(output)
        try reportFile?.write { stream in
            ForecastHTMLReport(results, provenance: HTMLReportFile.provenance(source: file)).write(to: &stream)
        }
    }
}

/// A series that could not be forecast, named so the user knows which file and column (or
/// series id of a long file) to fix: `sales.csv, column "revenue": auto: needs at least 2
/// observations, found 1`.
struct SeriesFailure: Error, CustomStringConvertible {
    let file: String
    let id: String
    /// Whether `id` is a column of a wide file rather than a series id of a long one.
    let isColumn: Bool
    let underlying: any Error
    var description: String { "\(file), \(isColumn ? "column" : "series") \"\(id)\": \(underlying)" }
}

extension ModelChoice: ExpressibleByArgument {}
extension Frequency: ExpressibleByArgument {}
