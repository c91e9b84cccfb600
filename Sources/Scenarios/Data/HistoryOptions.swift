import Forecasting

/// How to read a history file: which columns hold what, the frequency, and gap handling.
public struct HistoryOptions: Sendable, Equatable {
    /// Wide: one date column and one series per value column. Long: one row per
    /// (series id, date, value).
    public enum Layout: Sendable, Equatable {
        /// `dateColumn` nil picks a column named date/period/month/week/quarter/year (or the
        /// first column); `valueColumns` nil takes every other column.
        case wide(dateColumn: String?, valueColumns: [String]?)
        case long(idColumn: String, dateColumn: String, valueColumn: String)
    }

    public var layout: Layout
    /// nil infers it from the dates.
    public var frequency: Frequency?
    /// Fill missing periods from their neighbours (`GapFilling`) instead of reporting them.
    public var fillGaps: Bool
    /// Add up the values of rows that fall in the same period (order lines, deals, daily
    /// sales read as months) instead of reporting a repeated period. Dates finer than the
    /// frequency need the frequency given, since it cannot be inferred from them.
    public var sumWithinPeriods: Bool
    /// How the reader's user turns `fillGaps` on (such as "pass --fill to interpolate gaps"),
    /// offered in every gap error; nil where filling is not available, so no error suggests
    /// what cannot be done.
    public var fillAdvice: String?
    /// How the reader's user chooses the value columns (such as "pass --column to choose the
    /// columns to forecast"), offered when a column has no values; nil where they cannot.
    public var columnAdvice: String?
    /// How the reader's user reads a file as long form (such as "pass --id-column and
    /// --value-column"), offered when a wide file repeats its dates; nil where they cannot.
    public var longFormAdvice: String?
    /// How to read dates written with slashes and the year last (`1/2/2024`).
    public var slashDates: SlashDateReading

    public init(layout: Layout = .wide(dateColumn: nil, valueColumns: nil), frequency: Frequency? = nil,
                fillGaps: Bool = false, sumWithinPeriods: Bool = false,
                fillAdvice: String? = nil, columnAdvice: String? = nil, longFormAdvice: String? = nil,
                slashDates: SlashDateReading = SlashDateReading()) {
        self.layout = layout
        self.frequency = frequency
        self.fillGaps = fillGaps
        self.sumWithinPeriods = sumWithinPeriods
        self.fillAdvice = fillAdvice
        self.columnAdvice = columnAdvice
        self.longFormAdvice = longFormAdvice
        self.slashDates = slashDates
    }
}
