import Foundation

/// A problem in a data file, located by file, row and column so it can be fixed in a
/// spreadsheet.
///
/// `row` counts lines of the file from 1 (the header is row 1), as a spreadsheet numbers them;
/// `column` is the column's header name. Either is nil when the problem is not in one cell
/// (a missing column, a gap between two rows).
public struct DataError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    public var file: String
    public var row: Int?
    public var column: String?
    public var message: String

    public init(file: String, row: Int? = nil, column: String? = nil, message: String) {
        self.file = file
        self.row = row
        self.column = column
        self.message = message
    }

    /// `sales.csv, row 14, column "revenue": "12k" is not a number`.
    public var description: String {
        var location = file
        if let row { location += ", row \(row)" }
        if let column { location += ", column \"\(column)\"" }
        return "\(location): \(message)"
    }

    public var errorDescription: String? { description }
}

/// All problems found in a data file (every one is kept, not only the first).
///
/// The description lists the first `shownInDescription` and counts the rest: a file with a
/// wrong column throughout fails the same way on every row, and a thousand lines of one
/// mistake hide the message rather than explain it. `errors` keeps them all.
public struct DataErrors: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    public var errors: [DataError]

    public init(_ errors: [DataError]) { self.errors = errors }

    static let shownInDescription = 20

    public var description: String {
        let shown = errors.prefix(Self.shownInDescription).map(\.description)
        let rest = errors.count - shown.count
        return (shown + (rest > 0 ? ["… and \(rest) more problem\(rest == 1 ? "" : "s") in \(errors[0].file)"] : [])).joined(separator: "\n")
    }
    public var errorDescription: String? { description }
}
