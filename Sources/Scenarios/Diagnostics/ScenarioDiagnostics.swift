import Foundation

/// Every problem found in one scenario file (and the files it references), in file order.
///
/// Thrown by `ScenarioLoader.load` when a file is not valid; never empty.
public struct ScenarioDiagnostics: Error, Sendable, Encodable, CustomStringConvertible, LocalizedError {
    /// The scenario file that was loaded, as the user named it.
    public var file: String
    public var errors: [ScenarioError]

    public init(file: String, errors: [ScenarioError]) {
        self.file = file
        self.errors = errors
    }

    /// One problem per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }

    public var errorDescription: String? { description }
}

extension [ScenarioError] {
    /// Grouped by file (in order of first mention), then sorted by line and column, with exact
    /// repeats (the same problem reached through the base plan and a strategy) removed.
    func deduplicatedInFileOrder() -> [ScenarioError] {
        var seen = Set<ScenarioError>()
        let unique = filter { seen.insert($0).inserted }
        var fileRank: [String: Int] = [:]
        for error in unique where fileRank[error.location.file] == nil {
            fileRank[error.location.file] = fileRank.count
        }
        return unique.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.location, rhs.element.location)
            let key = { (l: SourceLocation, offset: Int) in [fileRank[l.file] ?? 0, l.line, l.column, offset] }
            return key(a, lhs.offset).lexicographicallyPrecedes(key(b, rhs.offset))
        }.map(\.element)
    }
}
