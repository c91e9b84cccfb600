import Yams

extension ScenarioNode {
    /// Nodes allowed in one document. Scenario files have a few hundred; the limit stops
    /// alias bombs (`&a [*b, *b, …]` nested) from expanding exponentially.
    static let maximumNodeCount = 200_000

    /// Yams' basic resolver: every scalar keeps its text and the decoder reads numbers, months
    /// and booleans itself (with located errors), so YAML 1.1 implicit typing — slow regular
    /// expressions, and surprises such as `no` read as false — is not used.
    private static let resolver = Resolver.basic

    /// Parses one YAML document into located nodes, using Yams' node API so every node keeps
    /// its line and column.
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: the file as shown in messages.
    /// - Returns: the document's root; an empty mapping for an empty file.
    /// - Throws: `ScenarioError` for YAML syntax errors (with their line and column), duplicate
    ///   keys, non-scalar keys and documents too large to load.
    static func parse(yaml: String, file: String) throws(ScenarioError) -> ScenarioNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, Self.resolver)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw ScenarioError(location: .start(of: file), keyPath: "", message: "cannot read YAML: \(error)")
        }
        guard let root else {
            return ScenarioNode(kind: .mapping([]), location: .start(of: file), path: "")
        }
        var budget = maximumNodeCount
        return try convert(root, file: file, path: "", budget: &budget)
    }

    private static func convert(_ node: Node, file: String, path: String, budget: inout Int) throws(ScenarioError) -> ScenarioNode {
        let location = node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? .start(of: file)
        budget -= 1
        guard budget >= 0 else {
            throw ScenarioError(
                location: location, keyPath: path,
                message: "the document has more than \(maximumNodeCount) values (are aliases expanding?)")
        }
        switch node {
        case .scalar(let scalar):
            let isPlain = scalar.style == .plain || scalar.style == .any
            return ScenarioNode(kind: .scalar(Scalar(text: scalar.string, isPlain: isPlain)), location: location, path: path)
        case .sequence(let sequence):
            var items: [ScenarioNode] = []
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, file: file, path: path.appendingIndex(index), budget: &budget))
            }
            return ScenarioNode(kind: .sequence(items), location: location, path: path)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                let keyLocation = key.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? location
                guard case .scalar(let keyScalar) = key else {
                    throw ScenarioError(location: keyLocation, keyPath: path, message: "a key must be a name, not a list or mapping")
                }
                let child = try convert(value, file: file, path: path.appendingKey(keyScalar.string), budget: &budget)
                entries.append(Entry(key: keyScalar.string, keyLocation: keyLocation, value: child))
            }
            return ScenarioNode(kind: .mapping(entries), location: location, path: path)
        case .alias(let alias):
            throw ScenarioError(location: location, keyPath: path, message: "unresolved YAML alias '\(alias.anchor)'")
        }
    }

    /// A Yams error as a located `ScenarioError`.
    private static func syntaxError(_ error: YamlError, file: String) -> ScenarioError {
        func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> ScenarioError {
            let detail = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return ScenarioError(
                location: SourceLocation(file: file, line: mark.line, column: mark.column), keyPath: "",
                message: "YAML syntax error: \(problem)\(detail)")
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return located(mark, problem, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ScenarioError(
                location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column), keyPath: "",
                message: "duplicate key \(names) in the same mapping", suggestion: "keep one of them")
        case let .reader(problem, _, _, _):
            return ScenarioError(location: .start(of: file), keyPath: "", message: "cannot read the file as UTF-8 text: \(problem)")
        default:
            return ScenarioError(location: .start(of: file), keyPath: "", message: "cannot read YAML: \(error)")
        }
    }
}
