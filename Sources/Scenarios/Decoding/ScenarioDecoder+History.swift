import Forecasting
import Simulation

/// The `history:` file of the document being decoded.
enum HistoryState {
    /// The document names no history file.
    case absent
    /// The file could not be loaded (already reported).
    case failed
    /// The table, and the file's text (which keys its fitted forecasts).
    case loaded(HistoryTable, text: String)
}

extension ScenarioDecoder {
    /// Loads `history: file.csv` (monthly, wide: a month column and one column per series)
    /// into `history`, reporting every problem in the file by row and column.
    mutating func loadHistory(_ node: ScenarioNode) {
        history = .failed
        guard let reference = string(node) else { return }
        let path = FilePath.resolve(reference, relativeTo: node.location.file)
        let text: String
        do {
            text = try files.contents(of: path)
        } catch {
            report(node, "cannot read \(path): \(error)")
            return
        }
        let table: HistoryTable
        switch DataFileCache.shared.history(text, file: path) {
        case .success(let parsed):
            table = parsed
        case .failure(let error):
            let header = (try? DataFileCache.shared.records(text).get())?.first?.fields.map { $0.trimmingSpaces() } ?? []
            for problem in error.errors { report([located(problem, header: header)]) }
            return
        }
        guard table.frequency == .monthly else {
            report(node, "\(path) holds \(table.frequency.rawValue) data; history must be monthly (a YYYY-MM month column)")
            return
        }
        history = .loaded(table, text: text)
    }

    /// A `DataError` as a located diagnostic: its row, and its column's position in `header`.
    private func located(_ problem: DataError, header: [String]) -> ScenarioError {
        let column = problem.column.flatMap { header.firstIndex(of: $0) }.map { $0 + 1 } ?? 1
        let location = SourceLocation(file: problem.file, line: problem.row ?? 1, column: column)
        return ScenarioError(location: location, keyPath: problem.column ?? "", message: problem.message)
    }

    /// `leads: { forecast: column }`: the `auto` model fitted to that column of `history`,
    /// forecasting from the month after the history ends through the end of the window.
    /// - Parameter node: the column name's node, where problems are reported.
    mutating func leadForecast(_ node: ScenarioNode, name: String) -> LeadForecast? {
        guard case .loaded(let table, let text) = history else {
            if case .absent = history {
                report(node, "leads: { forecast: \(name) } needs a history file",
                       suggestion: "add history: path/to/monthly.csv with a month column and a '\(name)' column")
            }
            return nil
        }
        guard let series = table.series.first(where: { $0.id == name }) else {
            let columns = table.series.map(\.id)
            report(node, "column '\(name)' is not in history \(table.file) (columns: \(columns.joined(separator: ", ")))",
                   suggestion: Suggestion.didYouMean(name, in: columns))
            return nil
        }
        guard let window else { return nil }
        let offset = window.start.ordinal - series.end.ordinal - 1
        guard offset >= 0 else {
            report(node, "history column '\(name)' runs to \(YearMonth(ordinal: series.end.ordinal)), past the window's start \(window.start)",
                   suggestion: "forecasts start after the history; use planned leads for months already observed")
            return nil
        }
        let horizon = offset + window.months
        let key = DataFileCache.ForecastKey(history: text, column: name, horizon: horizon)
        let fitted = DataFileCache.shared.forecast(key) {
            Result { () throws(FitError) -> any FittedModel in try AutoForecast(horizon: horizon).fit(series.timeSeries) }
        }
        switch fitted {
        case .success(let model):
            return LeadForecast(column: name, model: model, offset: offset)
        case .failure(let error):
            report(node, "cannot forecast '\(name)' from \(table.file): \(error)")
            return nil
        }
    }
}
