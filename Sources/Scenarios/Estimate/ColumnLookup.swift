import Forecasting

/// Finds a CSV export's columns by a given name or by their usual names, collecting a
/// `DataError` for each one that is missing; shared by the deal export and the stage history.
struct ColumnLookup {
    /// A resolved column: its header name and position.
    struct Column {
        let name: String
        let index: Int
    }

    let file: String
    /// The header row, each name trimmed.
    let header: [String]
    /// How the export writes dates with slashes and the year last.
    let slashDates: SlashDateReading
    private(set) var errors = [DataError]()

    init(file: String, header: [String], slashDates: SlashDateReading) {
        self.file = file
        self.header = header.map { $0.trimmingSpaces() }
        self.slashDates = slashDates
    }

    mutating func fail(_ row: Int?, _ column: String?, _ message: String) {
        errors.append(DataError(file: file, row: row, column: column, message: message))
    }

    /// The column named `given` (exact, then any case), or else the first of `usual` present
    /// (any case); reports a missing named column always and a missing usual one when `required`.
    mutating func column(_ given: String?, _ usual: [String], role: String, option: String, required: Bool) -> Column? {
        let lowered = header.map { $0.lowercased() }
        if let given {
            if let index = header.firstIndex(of: given) ?? lowered.firstIndex(of: given.lowercased()) {
                return Column(name: header[index], index: index)
            }
            fail(1, given, "no column '\(given)' for the \(role) (columns: \(header.joined(separator: ", ")))")
            return nil
        }
        if let index = usual.lazy.compactMap({ lowered.firstIndex(of: $0) }).first {
            return Column(name: header[index], index: index)
        }
        if required {
            fail(1, nil, "no \(role) column: expected one named \(usual.joined(separator: ", ")) or given with \(option) (columns: \(header.joined(separator: ", ")))")
        }
        return nil
    }

    /// The trimmed cell of `column` in `record`; "" when the column is absent.
    /// - Precondition: the record has as many fields as the header.
    func cell(_ record: CSVReader.Record, _ column: Column?) -> String {
        column.map { record.fields[$0.index].trimmingSpaces() } ?? ""
    }

    /// A `YYYY-MM-DD` or `YYYY-MM` cell as a day (the first of the month when only the month is
    /// given) in a sortable form; nil (after reporting) when it is not such a date.
    mutating func date(_ text: String, row: Int, column: Column) -> DealDate? {
        switch slashDates.date(text) {
        case .day(let year, let month, let day): return DealDate(month: YearMonth(year: year, month: month), day: day)
        case .month(let year, let month): return DealDate(month: YearMonth(year: year, month: month), day: 1)
        default:
            fail(row, column.name, "'\(text)' is not a date (expected YYYY-MM-DD or YYYY-MM)" + slashDates.refusal(text))
            return nil
        }
    }
}

/// A calendar day from an export, ordered by month then day.
struct DealDate: Comparable {
    let month: YearMonth
    let day: Int

    static func < (lhs: DealDate, rhs: DealDate) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }
}
