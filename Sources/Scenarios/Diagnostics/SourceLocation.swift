/// Where something was written: a file (as the user named it) and a 1-based line and column.
///
/// Columns count Unicode scalars, as libYAML does. For CSV files, `line` is the row (the header
/// is row 1) and `column` the 1-based field number.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as shown to the user, e.g. `Scenarios/q3-plan.yaml`.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of a file, for problems that belong to the whole file.
    public static func start(of file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
