import ArgumentParser
import Foundation
@testable import PlancastCLI
import Scenarios
import TestSupport
import Testing

@Suite struct EstimateCommandTests {
    static func run(_ arguments: [String]) throws {
        var command = try Plancast.parseAsRoot(arguments)
        try command.run()
    }

    /// estimate → check (the written file, from disk) → strict check stays clean on rates.
    @Test func writesAStarterThatPassesCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plancast-estimate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("starter.yaml").path
        try Self.run(["estimate", "--deals", Fixtures.repository("Data/example/deals.csv").path,
                      "--history", Fixtures.repository("Data/example/monthly.csv").path, "--half-life", "12m", "--out", out])
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("history: ../"))
        #expect(text.contains("cycle_months:"))
        try Self.run(["check", out])
    }

    /// The wart fixed: a starter from deals, history and stage history passes `check --strict`
    /// against the same deals, so it never warns about its own numbers.
    @Test func starterFromEveryExportPassesStrictCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plancast-estimate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("starter.yaml").path
        let deals = Fixtures.repository("Data/example/deals.csv").path
        try Self.run(["estimate", "--deals", deals, "--history", Fixtures.repository("Data/example/monthly.csv").path,
                      "--stage-history", Fixtures.repository("Data/example/stage_history.csv").path,
                      "--stage-history-stage-column", "stage", "--expected-close-column", "expected_close", "--out", out])
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("ever reached each stage in stage_history.csv"))
        #expect(text.contains("#   slip: { beta: { successes: "))
        try Self.run(["check", "--strict", "--deals", deals, out])
    }

    /// A US CRM writes the same deals' dates month first with slashes: with `--date-order
    /// month-first` the starter is the one the ISO dates give, word for word.
    @Test func monthFirstDatesGiveTheSameStarter() throws {
        let iso = try String(contentsOf: Fixtures.repository("Data/example/deals.csv"), encoding: .utf8)
        let monthFirst = iso.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { field in
                let parts = field.split(separator: "-")
                guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]) else { return String(field) }
                return "\(month)/\(day)/\(parts[0])"
            }.joined(separator: ",")
        }.joined(separator: "\n")
        #expect(monthFirst != iso)
        var starters = [String]()
        for (text, arguments) in [(iso, [String]()), (monthFirst, ["--date-order", "month-first"])] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plancast-estimate-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let deals = folder.appendingPathComponent("deals.csv")
            try text.write(to: deals, atomically: true, encoding: .utf8)
            let out = folder.appendingPathComponent("starter.yaml").path
            try Self.run(["estimate", "--deals", deals.path, "--out", out] + arguments)
            starters.append(try String(contentsOfFile: out, encoding: .utf8))
        }
        #expect(starters[0] == starters[1])
        #expect(throws: (any Error).self) { try Self.run(["estimate", "--deals", "d.csv", "--date-order", "sideways"]) }
    }

    /// Rejected while parsing (validation), before any file is read; the same options with
    /// the file parse.
    @Test func stageHistoryColumnsNeedTheFile() throws {
        #expect(throws: (any Error).self) { try Plancast.parseAsRoot(["estimate", "--deals", "d.csv", "--stage-history-date-column", "at"]) }
        _ = try Plancast.parseAsRoot(["estimate", "--deals", "d.csv", "--stage-history", "s.csv", "--stage-history-date-column", "at"])
    }

    @Test func rejectsABadHalfLife() {
        #expect(throws: (any Error).self) { try Self.run(["estimate", "--deals", "d.csv", "--half-life", "soon"]) }
    }

    @Test func marketingMixNeedsItsColumns() {
        #expect(throws: (any Error).self) { try Self.run(["estimate", "--deals", "d.csv", "--mmm", "mix.csv"]) }
    }

    /// Warnings leave the exit status at 0; --strict makes them errors.
    @Test func strictTurnsRealityWarningsIntoErrors() throws {
        let fixture = Fixtures.tests("ScenariosTests/Fixtures/departs-from-history.yaml").path
        try CheckCommandTests.run(["check", fixture])
        #expect(throws: ExitCode(1)) { try CheckCommandTests.run(["check", "--strict", fixture]) }
        #expect(throws: ExitCode(1)) {
            try CheckCommandTests.run(["check", "--strict", "--format", "json", "--deals", Fixtures.repository("Data/example/deals.csv").path, fixture])
        }
    }
}
