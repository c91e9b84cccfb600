import Foundation

/// One problem in a scenario file or a file it references, with its place and a fix.
///
/// Printed as `file:line:column: key.path: message — suggestion`, for example
/// `Scenarios/q3.yaml:14:9: funnel.stages[1].rate: beta mean 1.2 is outside (0, 1)` or
/// `Scenarios/q3.yaml:3:1: unknown key 'chanels' — did you mean 'channels'?`; a warning reads
/// `Scenarios/q3.yaml:14:9: warning: funnel.stages[1].rate: plan mean 0.3 vs history 0.22 (…)`.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// Whether the problem makes the file invalid, or only deserves a look.
    public enum Severity: String, CaseIterable, Codable, Sendable {
        case error
        /// A valid file that departs from history (`plancast check` reality checks); printed
        /// with `warning:` and made an error by `--strict`.
        case warning
    }

    public var location: SourceLocation
    /// Where in the document, e.g. `funnel.stages[1].rate`; empty for the document itself.
    /// For CSV files, the column's name.
    public var keyPath: String
    /// What is wrong, in words a planner can act on.
    public var message: String
    /// What was expected, when the problem is a value of the wrong kind ("a number").
    public var expected: String?
    /// What was found instead ("'abc'", "a list").
    public var found: String?
    /// How to fix it ("did you mean 'channels'?"), when there is a likely fix.
    public var suggestion: String?
    public var severity: Severity

    public init(
        location: SourceLocation, keyPath: String, message: String,
        expected: String? = nil, found: String? = nil, suggestion: String? = nil, severity: Severity = .error
    ) {
        self.severity = severity
        self.location = location
        self.keyPath = keyPath
        self.message = message
        self.expected = expected
        self.found = found
        self.suggestion = suggestion
    }

    public var description: String {
        let path = (severity == .warning ? "warning: " : "") + (keyPath.isEmpty ? "" : "\(keyPath): ")
        let fix = suggestion.map { " — \($0)" } ?? ""
        return "\(location): \(path)\(message)\(fix)"
    }

    public var errorDescription: String? { description }
}
