import Foundation
import Testing

/// Locations of test fixtures, golden files and the optional shared data sets.
///
/// Paths are found from this file's location, so tests run from any working directory.
public enum Fixtures {
    /// The repository root (the folder holding `Package.swift`).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// A file under `Tests/`, e.g. `Fixtures.tests("StatisticsTests/Fixtures/x.csv")`.
    public static func tests(_ relativePath: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests").appendingPathComponent(relativePath)
    }

    /// A file anywhere in the repository, e.g. `Fixtures.repository("Scenarios/q3-plan.yaml")`.
    public static func repository(_ relativePath: String) -> URL {
        repositoryRoot.appendingPathComponent(relativePath)
    }

    /// The larger shared data sets beside the clone (`../shared/data`), present on CI and
    /// developers' machines but not in a user's clone.
    public static let sharedData: URL = repositoryRoot
        .deletingLastPathComponent()
        .appendingPathComponent("shared/data")

    /// Whether `../shared/data` is present. Tests that need it use
    /// `.enabled(if: Fixtures.hasSharedData, Fixtures.sharedDataMissing)` so a user's clone
    /// shows them as skipped with this reason instead of failing.
    public static var hasSharedData: Bool {
        FileManager.default.fileExists(atPath: sharedData.path)
    }

    public static let sharedDataMissing: Comment =
        "skipped: needs the shared data sets in ../shared/data beside the clone"

    /// Whether golden files should be re-recorded (`PLANCAST_RECORD_GOLDEN=1 make test`).
    public static var recordGolden: Bool {
        ProcessInfo.processInfo.environment["PLANCAST_RECORD_GOLDEN"] == "1"
    }
}
