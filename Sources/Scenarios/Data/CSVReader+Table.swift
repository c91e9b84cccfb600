import Foundation

/// Reading a CSV export as a table, with the errors every export reader reports the same way.
extension CSVReader {
    /// The text of a file and the name messages use for it (its last path component).
    /// - Throws: `DataErrors` when the file cannot be read as UTF-8 text.
    static func text(of url: URL) throws(DataErrors) -> (name: String, text: String) {
        let name = url.lastPathComponent
        do {
            return (name, try String(contentsOf: url, encoding: .utf8))
        } catch {
            throw DataErrors([DataError(file: name, message: "cannot read the file: \(error.localizedDescription)")])
        }
    }

    /// The header record, the data records (at least one) and the dialect of CSV text.
    ///
    /// Rows whose every field is blank (a spreadsheet's empty row, exported as commas) are
    /// dropped as blank lines are. A row with a value past the header's last column is an
    /// error: no column would read it, so it would be lost without a word (typically a number
    /// written with a thousands separator, `2024-03,1,234`, or text with an unquoted comma).
    /// - Parameter rowDescription: what a data row holds, for the message when there is
    ///   none (`"one deal"` gives "expected a header row and at least one deal").
    /// - Throws: `DataErrors` for an unterminated quoted field, a table without data rows, or
    ///   rows with values past the header's columns (each one listed).
    static func table(_ text: String, file: String, rowDescription: String) throws(DataErrors) -> (header: Record, rows: ArraySlice<Record>, dialect: Dialect) {
        let dialect = Dialect(detecting: text)
        let records: [Record]
        do {
            records = try CSVReader.records(text, separator: dialect.separator).filter { !$0.isBlank }
        } catch {
            throw DataErrors([DataError(file: file, row: error.row, message: "a quoted field is never closed")])
        }
        guard let header = records.first, records.count > 1 else {
            throw DataErrors([DataError(file: file, message: "no data rows: expected a header row and at least \(rowDescription)")])
        }
        let columns = header.fields.count
        let ragged = records.dropFirst().compactMap { record -> DataError? in
            guard let extra = record.fields.dropFirst(columns).first(where: { !$0.trimmingSpaces().isEmpty }) else { return nil }
            return DataError(file: file, row: record.row, message: "\(record.fields.count) fields, but the header names \(columns) "
                             + "column\(columns == 1 ? "" : "s"), so \"\(extra)\" is in no column; write numbers without "
                             + "thousands separators, and quote text that holds a \(dialect.separatorName)")
        }
        guard ragged.isEmpty else { throw DataErrors(ragged) }
        return (header, records.dropFirst(), dialect)
    }
}

extension CSVReader.Record {
    /// Whether every field is empty or spaces.
    var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces().isEmpty } }
}
