/// Checks that a wide file is shaped as one: one row per date, numbers in the value columns.
/// A long-form file (one row per series and date) read as wide breaks both on every row; each
/// is said once, for the file or the column, not once per cell — a 200-row file would
/// otherwise print a thousand errors that all mean the same thing. A file found to be long
/// form gets that one error: its text columns are then series names, not mistakes.
extension HistoryParser {
    /// A value column whose cells are mostly words: its name, the cells that are not
    /// numbers, and how many cells are filled.
    struct TextColumn {
        let name: String
        let words: [Cell]
        let filled: Int
    }

    /// The value columns that hold text rather than numbers: more than half of their filled
    /// cells are not numbers, so they are labels (a region, a category), not a series with a
    /// few typos, which keeps its cell-by-cell errors.
    static func textColumns(_ groups: [Group], dialect: CSVReader.Dialect) -> [TextColumn] {
        groups.compactMap { group in
            let filled = group.cells.filter { !$0.value.isEmpty }
            let words = filled.filter { dialect.number($0.value) == nil }
            return words.count >= 2 && 2 * words.count > filled.count ? TextColumn(name: group.column, words: words, filled: filled.count) : nil
        }
    }

    /// One error for a text column, with a few of its words.
    mutating func report(_ column: TextColumn) {
        var distinct = [String]()
        for cell in column.words where !distinct.contains(cell.value) { distinct.append(cell.value) }
        let quoted = distinct.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (distinct.count > 3 ? ", …" : "")
        fail(column.words[0].row, column.name, "holds text, not numbers (\(quoted): \(column.words.count) of \(column.filled) filled cells)"
             + (options.columnAdvice.map { "; \($0)" } ?? ""))
    }

    /// Whether the file has one row per date. When at least half of the rows repeat an
    /// earlier row's date, the file is long form and the error says how to read it, naming
    /// the text columns that may tell the series apart; a few repeats are left to the
    /// series' own duplicate errors, which name each row.
    mutating func checkOneRowPerDate(_ cells: [Cell], dateColumn: String, textColumns: [String]) -> Bool {
        var firstRow = [String: Int]()
        var repeats = [(cell: Cell, first: Int)]()
        // An empty date is a bad date, reported as such later, not a repeat.
        for cell in cells where !cell.date.isEmpty {
            if let first = firstRow[cell.date] { repeats.append((cell, first)) } else { firstRow[cell.date] = cell.row }
        }
        guard cells.count >= 2, 2 * repeats.count >= cells.count, let example = repeats.first else { return true }
        let otherDates = Set(repeats.map(\.cell.date)).count - 1
        var message = "\(example.cell.date) is on more than one row (also row \(example.first))"
            + (otherDates > 0 ? ", as \(otherDates == 1 ? "is 1 other date" : "are \(otherDates) other dates")" : "")
            + ": a file with one column per series has one row per date"
        message += options.longFormAdvice.map { ". If each row holds one series' value for a date (long form), \($0)" }
            ?? "; give each series its own column"
        if !textColumns.isEmpty {
            message += " (\(textColumns.map { "\"\($0)\"" }.joined(separator: " or ")) may name the series)"
        }
        fail(example.cell.row, dateColumn, message)
        return false
    }
}
