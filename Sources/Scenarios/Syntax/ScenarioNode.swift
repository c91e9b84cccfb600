/// A YAML value that remembers where it was written: its file, line and column, and its key
/// path in that file (`funnel.stages[1].rate`).
///
/// Merging (`extends`, strategies) builds new trees from the nodes of several files; every
/// node keeps its own origin, so an error always points at the file and line that wrote it.
struct ScenarioNode: Sendable {
    enum Kind: Sendable {
        case scalar(Scalar)
        case mapping([Entry])
        case sequence([ScenarioNode])
    }

    /// A scalar's text; `isPlain` is false for quoted or block scalars ("12" is a string).
    struct Scalar: Sendable {
        var text: String
        var isPlain: Bool

        /// `key:` with nothing after it, `~` or `null`.
        var isNull: Bool { isPlain && ["", "~", "null", "Null", "NULL"].contains(text) }
    }

    /// One `key: value` pair of a mapping; keys are scalars.
    struct Entry: Sendable {
        var key: String
        var keyLocation: SourceLocation
        var value: ScenarioNode
    }

    var kind: Kind
    var location: SourceLocation
    /// The key path where this node was written, in its own file.
    var path: String

    /// The value of `key` when this is a mapping holding it.
    subscript(key: String) -> ScenarioNode? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries.first { $0.key == key }?.value
    }

    var entries: [Entry]? {
        if case .mapping(let entries) = kind { entries } else { nil }
    }

    var items: [ScenarioNode]? {
        if case .sequence(let items) = kind { items } else { nil }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = kind { scalar } else { nil }
    }

    /// A copy of this mapping without the given keys (unchanged when not a mapping).
    func removing(keys: Set<String>) -> ScenarioNode {
        guard case .mapping(let entries) = kind else { return self }
        var copy = self
        copy.kind = .mapping(entries.filter { !keys.contains($0.key) })
        return copy
    }

    /// A copy of this mapping with only the given keys (unchanged when not a mapping).
    func keeping(keys: Set<String>) -> ScenarioNode {
        guard case .mapping(let entries) = kind else { return self }
        var copy = self
        copy.kind = .mapping(entries.filter { keys.contains($0.key) })
        return copy
    }

    /// How the node reads in a "found …" message: `'abc'`, `a list`, `a mapping`, `nothing`.
    var foundDescription: String {
        switch kind {
        case .scalar(let scalar):
            if scalar.isNull { return "nothing" }
            let shown = scalar.text.count > Self.quotedLength ? scalar.text.prefix(Self.quotedLength) + "…" : Substring(scalar.text)
            return "'\(shown)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    /// Longest scalar text quoted in full in messages.
    static let quotedLength = 40
}

extension String {
    /// `parent.key`, or `key` at the top.
    func appendingKey(_ key: String) -> String { isEmpty ? key : "\(self).\(key)" }

    /// `parent[index]`.
    func appendingIndex(_ index: Int) -> String { "\(self)[\(index)]" }
}
