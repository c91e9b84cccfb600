import Forecasting
import Simulation

/// Turns located nodes into typed values, collecting every problem instead of stopping at the
/// first: each accessor reports what was expected and what was found, and returns nil so the
/// caller can carry on with the rest of the document.
struct ScenarioDecoder {
    /// Reads files the document refers to (CSV data).
    let files: any ScenarioFileSystem
    /// Problems found so far, in the order found.
    private(set) var errors: [ScenarioError] = []
    /// The plan window, once decoded: per-month lists and hire months are checked against it.
    var window: PlanWindow?
    /// The history named by the document being decoded.
    var history: HistoryState = .absent

    init(files: any ScenarioFileSystem) {
        self.files = files
    }

    /// Records a problem at a node.
    mutating func report(
        _ node: ScenarioNode, _ message: String, expected: String? = nil, found: String? = nil, suggestion: String? = nil
    ) {
        report(at: node.location, path: node.path, message, expected: expected, found: found, suggestion: suggestion)
    }

    /// Records a problem at a location.
    mutating func report(
        at location: SourceLocation, path: String, _ message: String,
        expected: String? = nil, found: String? = nil, suggestion: String? = nil
    ) {
        errors.append(ScenarioError(
            location: location, keyPath: path, message: message, expected: expected, found: found, suggestion: suggestion))
    }

    /// Records problems found elsewhere (a file that was loaded, a nested decoder).
    mutating func report(_ more: [ScenarioError]) { errors += more }

    /// Records a value of the wrong kind: "expected a number, found 'abc'".
    mutating func mismatch(_ node: ScenarioNode, expected: String, suggestion: String? = nil) {
        report(node, "expected \(expected), found \(node.foundDescription)",
               expected: expected, found: node.foundDescription, suggestion: suggestion)
    }

    /// The entries of a mapping, after reporting unknown keys (with the closest known key as a
    /// suggestion) and missing required keys (at the mapping).
    /// - Parameters:
    ///   - what: how to describe the mapping in a type error ("a mapping with start and months").
    ///   - allowed: every key the mapping may hold.
    ///   - required: keys that must be present.
    mutating func fields(_ node: ScenarioNode, _ what: String, allowed: [String], required: [String] = []) -> Fields? {
        guard let entries = node.entries else {
            mismatch(node, expected: what)
            return nil
        }
        for entry in entries where !allowed.contains(entry.key) {
            let suggestion = Suggestion.didYouMean(entry.key, in: allowed)
                ?? "expected one of: \(allowed.joined(separator: ", "))"
            report(at: entry.keyLocation, path: node.path, "unknown key '\(entry.key)'", suggestion: suggestion)
        }
        for key in required where !entries.contains(where: { $0.key == key }) {
            report(node, "missing required key '\(key)'")
        }
        return Fields(node: node)
    }

    /// A mapping's known entries; absent keys read as nil.
    struct Fields {
        let node: ScenarioNode
        subscript(key: String) -> ScenarioNode? { node[key] }
    }
}
