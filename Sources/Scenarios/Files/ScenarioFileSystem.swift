import Foundation

/// Reads the files a scenario names (the scenario, files it `extends`, CSV data).
///
/// Paths are as the user wrote them, joined by `FilePath`; the loader never touches the disk
/// except through this, so tests can load scenarios from memory.
public protocol ScenarioFileSystem: Sendable {
    /// The text of the file at `path` (UTF-8).
    /// - Throws: any error; its description is shown to the user after the path.
    func contents(of path: String) throws -> String
}

/// The local disk; relative paths are relative to the current directory.
public struct LocalFileSystem: ScenarioFileSystem {
    public init() {}

    public func contents(of path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw FileProblem.missing
        }
        guard !isDirectory.boolValue else { throw FileProblem.directory }
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else { throw FileProblem.notUTF8 }
        return text
    }
}

/// Files held in memory by path, for tests and tools that generate scenarios.
public struct InMemoryFileSystem: ScenarioFileSystem {
    public var files: [String: String]

    public init(_ files: [String: String]) { self.files = files }

    public func contents(of path: String) throws -> String {
        guard let text = files[path] else { throw FileProblem.missing }
        return text
    }
}

/// Why a file could not be read, in words.
public enum FileProblem: Error, Sendable, CustomStringConvertible {
    case missing
    case directory
    case notUTF8

    public var description: String {
        switch self {
        case .missing: "file not found"
        case .directory: "is a directory, not a file"
        case .notUTF8: "is not UTF-8 text"
        }
    }
}
