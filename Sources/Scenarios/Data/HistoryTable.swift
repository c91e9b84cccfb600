import Forecasting
import Foundation

/// Sales (or leads, spend, …) history read from a CSV file: one or more dated series.
///
/// Wide files have a date column and one numeric column per series; long files have one row
/// per (id, date, value), so many products or regions fit in one file. Dates may be written
/// `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `YYYY-Www` (ISO week) or `YYYY`; the frequency is
/// inferred unless given. Every problem is reported with its file, row and column, all at
/// once: unparseable or mixed dates, dates off the frequency's grid, duplicate periods,
/// non-numeric cells and gaps (missing periods or empty cells inside a series). Gaps are
/// errors unless `fillGaps` is set, in which case they are filled from their neighbours along
/// the seasonal pattern (`GapFilling`) and listed in `filledPeriods`. Empty cells before a
/// series' first or after its last value are not gaps (series may start and end at different
/// dates).
public struct HistoryTable: Sendable, Equatable {
    /// The file name used in messages.
    public var file: String
    public var frequency: Frequency
    /// The series in column order (wide) or order of first appearance (long).
    public var series: [DatedSeries]
    /// The periods filled, per series id (only ids with fills).
    public var filledPeriods: [String: [Period]]
    /// Problems worth a word that do not stop the reading: with `sumWithinPeriods`, a first
    /// or last period the file's day-dated rows cover too little of to sum it whole.
    public var warnings: [DataError]

    /// Reads and parses a CSV file; messages name the file by its last path component.
    /// - Throws: `DataErrors` listing every problem found.
    public static func load(contentsOf url: URL, options: HistoryOptions) throws(DataErrors) -> HistoryTable {
        let (name, text) = try CSVReader.text(of: url)
        return try parse(text, file: name, options: options)
    }

    /// Parses CSV text.
    /// - Throws: `DataErrors` listing every problem found.
    public static func parse(_ text: String, file: String, options: HistoryOptions) throws(DataErrors) -> HistoryTable {
        var parser = HistoryParser(file: file, options: options)
        return try parser.parse(text)
    }
}
