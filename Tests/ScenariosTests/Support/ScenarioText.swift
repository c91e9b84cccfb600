import Scenarios

/// Scenario files held in memory, so tests state the exact text (and so the exact line and
/// column) each golden message points at.
enum ScenarioText {
    /// A small valid scenario; tests append to it or build variants with `plan(…)`.
    static let minimal = plan()

    /// Three years of monthly history (2023-01 to 2025-12) with a `leads_inbound` and a
    /// `revenue` column: enough for the `auto` forecasting method to fit.
    static let monthlyHistory: String = {
        var lines = ["month,leads_inbound,revenue"]
        for index in 0..<36 {
            let month = index % 12 + 1
            let padded = month < 10 ? "0\(month)" : "\(month)"
            lines.append("\(2023 + index / 12)-\(padded),\(400 + (index * 7) % 50),\(100_000 + index * 1000)")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The messages `plancast check` prints for `plan.yaml` (empty when it is valid).
    /// - Parameter others: more files by path, e.g. CSV data or a file it extends.
    static func problems(_ yaml: String, others: [String: String] = [:]) -> [String] {
        result(yaml, others: others).problems
    }

    /// The loaded scenario, or its problems.
    static func result(_ yaml: String, others: [String: String] = [:]) -> (scenario: LoadedScenario?, problems: [String]) {
        var files = others
        files["plan.yaml"] = yaml
        do {
            return (try ScenarioLoader.load("plan.yaml", files: InMemoryFileSystem(files)), [])
        } catch {
            return (nil, error.errors.map(\.description))
        }
    }
}
