import Forecasting

/// Turns one series' cells into a `DatedSeries`: places dates on the frequency's grid,
/// parses values, and reports duplicates (or adds up the rows of a period, when asked), gaps
/// and non-numeric cells (or fills gaps from the nearest values on each side, along the
/// seasonal pattern: `GapFilling`).
struct SeriesAssembler {
    let file: String
    let id: String
    let column: String
    let dateColumn: String
    let frequency: Frequency
    let fillGaps: Bool
    let sumWithinPeriods: Bool
    /// Appended to gap errors (`HistoryOptions.fillAdvice`).
    let fillAdvice: String?
    /// Appended to the error for a column without values (`HistoryOptions.columnAdvice`).
    let columnAdvice: String?
    /// How the file writes decimals.
    let dialect: CSVReader.Dialect
    private(set) var errors = [DataError]()

    /// The magnitudes a nonzero history value may have. Model fitting squares values and sums
    /// the squares over hundreds of periods, so values beyond 10^100 would overflow a double's
    /// range (about 1.8 · 10^308) into infinite variances, and values nearer zero than
    /// 10^−100 would underflow (below about 2.2 · 10^−308) into variances of zero: intervals
    /// of no width and a note that the models fit exactly. Inside the range a forecast scales
    /// with its history (`ScaleEquivarianceTests`).
    static let magnitudes = 1e-100...1e100

    init(file: String, id: String, column: String, dateColumn: String, frequency: Frequency, options: HistoryOptions, dialect: CSVReader.Dialect) {
        self.file = file
        self.id = id
        self.column = column
        self.dateColumn = dateColumn
        self.frequency = frequency
        fillGaps = options.fillGaps
        sumWithinPeriods = options.sumWithinPeriods
        fillAdvice = options.fillAdvice
        columnAdvice = options.columnAdvice
        self.dialect = dialect
    }

    /// ", or <advice>" when filling is available to the user.
    private var orFill: String { fillAdvice.map { ", or \($0)" } ?? "" }

    private mutating func fail(_ row: Int?, _ column: String?, _ message: String) {
        errors.append(DataError(file: file, row: row, column: column, message: message))
    }

    /// - Parameter dates: each row's date, as `HistoryParser` read it.
    mutating func assemble(_ cells: [HistoryParser.Cell], dates: [Int: CalendarDate]) -> (series: DatedSeries, filled: [Period])? {
        // A row whose value is not a number is kept (as `invalid`), so its period is reported
        // once, for the bad cell, and not a second time as missing.
        var byPeriod = [Period: (row: Int, value: Double?, invalid: Bool)]()
        for cell in cells {
            guard let date = dates[cell.row], let period = Period(date, frequency: frequency) else {
                fail(cell.row, dateColumn, "\"\(cell.date)\" is not a \(frequency.rawValue) date")
                continue
            }
            var value: Double?
            var invalid = false
            if !cell.value.isEmpty {
                if let number = dialect.number(cell.value) {
                    if !number.isFinite || abs(number) > Self.magnitudes.upperBound {
                        fail(cell.row, column, "\(cell.value) is beyond ±1e100, the largest magnitude Plancast fits; write the column in a larger unit (thousands, millions)")
                        invalid = true
                    } else if number != 0, abs(number) < Self.magnitudes.lowerBound {
                        fail(cell.row, column, "\(cell.value) is nearer zero than ±1e-100, the smallest magnitude Plancast fits besides 0; write the column in a smaller unit (thousandths, millionths)")
                        invalid = true
                    } else {
                        value = number
                    }
                } else {
                    fail(cell.row, column, "\"\(cell.value)\" is not a number; expected a plain decimal number such as \(dialect.decimalComma ? "-1234,5" : "-1234.5") or 2e6, "
                         + "without thousands separators, currency or percent signs")
                    invalid = true
                }
            }
            if let earlier = byPeriod[period] {
                if sumWithinPeriods {
                    let total: Double? = switch (earlier.value, value) {
                    case let (a?, b?): a + b
                    case let (a, b): a ?? b
                    }
                    byPeriod[period] = (earlier.row, total, earlier.invalid || invalid)
                } else {
                    fail(cell.row, dateColumn, "\(period) appears twice\(id == column ? "" : " for \"\(id)\"") (also row \(earlier.row))")
                }
                continue
            }
            byPeriod[period] = (cell.row, value, invalid)
        }
        let observed = byPeriod.filter { $0.value.value != nil }.keys.sorted()
        guard let first = observed.first, let last = observed.last else {
            if errors.isEmpty {
                fail(nil, column, id == column ? "no values; fill the column or leave it out\(columnAdvice.map { ", or \($0)" } ?? "")"
                                               : "no values for \"\(id)\"; fill them or leave its rows out")
            }
            return nil
        }
        var values = [Double?]()
        var filled = [Period]()
        for offset in 0...first.distance(to: last) {
            let period = first.advanced(by: offset)
            let entry = byPeriod[period]
            if entry?.value == nil && entry?.invalid != true {
                if fillGaps {
                    filled.append(period)
                } else if let row = entry?.row {
                    fail(row, column, "empty cell for \(period) inside the series; fill it\(orFill)")
                } else {
                    fail(nil, column, "no row for \(period)\(id == column ? "" : " of \"\(id)\""); add it\(orFill)")
                }
            }
            values.append(entry?.value)
        }
        guard errors.isEmpty else { return nil }
        return (DatedSeries(id: id, start: first, values: GapFilling.filled(values, seasonalPeriod: frequency.seasonalPeriod)), filled)
    }
}
