/// Paths as the user sees them: a referenced file is relative to the file that names it, and
/// the result stays relative when the scenario's path was (`Scenarios/../Data/x.csv` shows as
/// `Data/x.csv`).
enum FilePath {
    /// `reference` resolved against the folder of `file` (absolute references stay as they are).
    static func resolve(_ reference: String, relativeTo file: String) -> String {
        if reference.hasPrefix("/") { return normalize(reference) }
        guard let slash = file.lastIndex(of: "/") else { return normalize(reference) }
        return normalize(String(file[...slash]) + reference)
    }

    /// Removes `.` components and folds `name/..`; keeps leading `..` of relative paths.
    static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", isAbsolute, parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
