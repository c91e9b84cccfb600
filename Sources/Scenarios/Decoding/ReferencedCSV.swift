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
        header.firstIndex { $0.trimmingSpacesForCSV() == name }
    }

    /// The location of a cell: its row, and its 1-based column number.
    func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row, column: column + 1)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (CSV exports often pad cells).
    /// - Complexity: O(1) for the usual cell without padding, O(n) otherwise.
    func trimmingSpacesForCSV() -> String {
        let scalars = unicodeScalars
        let isPadding = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" }
        guard let first = scalars.first, let last = scalars.last, isPadding(first) || isPadding(last) else { return self }
        guard let start = scalars.firstIndex(where: { !isPadding($0) }),
              let end = scalars.lastIndex(where: { !isPadding($0) })
        else { return "" }
        return String(scalars[start...end])
    }
}
