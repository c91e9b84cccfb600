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

    /// The header record and the data records (at least one) of CSV text.
    /// - Parameter rowDescription: what a data row holds, for the message when there is
    ///   none (`"one deal"` gives "expected a header row and at least one deal").
    /// - Throws: `DataErrors` for an unterminated quoted field or a table without data rows.
    static func table(_ text: String, file: String, rowDescription: String) throws(DataErrors) -> (header: Record, rows: ArraySlice<Record>) {
        let records: [Record]
        do {
            records = try CSVReader.records(text)
        } catch {
            throw DataErrors([DataError(file: file, row: error.row, message: "a quoted field is never closed")])
        }
        guard let header = records.first, records.count > 1 else {
            throw DataErrors([DataError(file: file, message: "no data rows: expected a header row and at least \(rowDescription)")])
        }
        return (header, records.dropFirst())
    }
}
