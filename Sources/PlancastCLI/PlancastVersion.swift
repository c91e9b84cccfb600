/// The tool's version, printed by `--version` and in every report header.
enum PlancastVersion {
    static let current = "0.1.0"
}
