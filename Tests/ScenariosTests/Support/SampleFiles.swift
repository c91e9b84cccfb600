import Foundation
import TestSupport

/// The sample scenarios users start from and every data file they reference, read once from
/// the repository and keyed by their path relative to its root ("Scenarios/q3-plan.yaml").
enum SampleFiles {
    /// Folders holding sample scenarios (`.yaml`).
    static let scenarioFolders = ["Scenarios", "Tests/ScenariosTests/Fixtures"]
    /// Folders holding the data they reference (`.csv`).
    static let dataFolders = ["Data/example", "Scenarios/bench"]

    /// Relative path → text for every sample scenario and data file.
    static let all: [String: String] = {
        var files: [String: String] = [:]
        for folder in scenarioFolders + dataFolders {
            let root = Fixtures.repository(folder)
            let names = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
            for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".csv") {
                let text = try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
                files["\(folder)/\(name)"] = text
            }
        }
        return files
    }()

    /// The scenario files among them, sorted.
    static var scenarios: [String] { all.keys.filter { $0.hasSuffix(".yaml") }.sorted() }
}
