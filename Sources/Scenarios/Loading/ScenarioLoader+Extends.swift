extension ScenarioLoader {
    /// The document at `path` with its `extends` chain merged in (the parent first, this file
    /// over it); nil after reporting when a file cannot be read or parsed, or the chain loops.
    /// - Parameters:
    ///   - chain: the files extending this one, outermost first, to detect cycles.
    ///   - reference: the `extends` node naming this file, to locate a missing-file error.
    static func document(
        _ path: String, chain: [String] = [], reference: ScenarioNode? = nil, _ decoder: inout ScenarioDecoder
    ) -> ScenarioNode? {
        let text: String
        do {
            text = try decoder.files.contents(of: path)
        } catch {
            let message = "cannot read \(path): \(error)"
            if let reference { decoder.report(reference, message) } else {
                decoder.report(at: .start(of: path), path: "", message)
            }
            return nil
        }
        let root: ScenarioNode
        do {
            root = try ScenarioNode.parse(yaml: text, file: path)
        } catch {
            decoder.report([error])
            return nil
        }
        guard root.entries != nil else {
            decoder.mismatch(root, expected: "a mapping of scenario keys (scenario, window, target, …)")
            return nil
        }
        guard let extends = root["extends"] else { return root }
        guard let parentReference = decoder.string(extends) else { return nil }
        let parentPath = FilePath.resolve(parentReference, relativeTo: path)
        let visited = chain + [path]
        if visited.contains(parentPath) {
            let loop = (visited.drop { $0 != parentPath } + [parentPath]).joined(separator: " → ")
            decoder.report(extends, "extends cycle: \(loop)", suggestion: "a file cannot extend itself, directly or through others")
            return nil
        }
        guard let parent = document(parentPath, chain: visited, reference: extends, &decoder) else { return nil }
        return parent.merged(with: root.removing(keys: ["extends"]))
    }
}
