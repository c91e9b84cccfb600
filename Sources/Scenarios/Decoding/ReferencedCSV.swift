/// A CSV file a scenario refers to (pipeline deals, an `empirical:` column), read with its
/// header so cells can be reported by file, row and column.
struct ReferencedCSV {
    /// The file as shown in messages.
    let file: String
    /// The file's text (keys cached results derived from it).
    let text: String
    /// How the file separates fields and writes decimals.
    let dialect: CSVReader.Dialect
    let header: [String]
    /// The records after the header, each with its spreadsheet row (the header is row 1).
    let records: [CSVReader.Record]

    /// The position of a column by its header name (surrounding spaces ignored).
    func columnIndex(_ name: String) -> Int? {
        header.firstIndex { $0.trimmingSpaces() == name }
    }

    /// The location of a cell: its row, and its 1-based column number.
    func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row, column: column + 1)
    }
}
