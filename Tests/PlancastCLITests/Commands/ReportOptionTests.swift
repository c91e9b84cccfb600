import Foundation
@testable import PlancastCLI
import TestSupport
import Testing

/// `--report FILE.html` on fit, simulate, compare, sensitivity and optimize: the file is a complete report naming its
/// input, and a path that cannot be written fails before any work.
@Suite struct ReportOptionTests {
    static func run(_ arguments: [String]) throws {
        var command = try Plancast.parseAsRoot(arguments)
        try command.run()
    }

    static func temporaryReport() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("plancast-report-\(UUID().uuidString).html")
    }

    @Test(arguments: [
        ["simulate", "Scenarios/q3-plan.yaml", "--trials", "2000", "--seed", "1", "--threads", "1"],
        ["compare", "Scenarios/q3-plan.yaml", "--trials", "1000", "--seed", "1", "--threads", "1"],
        ["fit", "Data/example/monthly.csv", "--column", "revenue", "--horizon", "3"],
        ["sensitivity", "Scenarios/bench/bench-quarter.yaml", "--trials", "500", "--seed", "1", "--threads", "1"],
        ["optimize", "Scenarios/bench/bench-quarter.yaml", "--budget", "160000", "--evaluations", "4", "--trials", "500", "--seed", "1", "--threads", "1"],
    ])
    func writesReport(arguments: [String]) throws {
        let report = Self.temporaryReport()
        defer { try? FileManager.default.removeItem(at: report) }
        var arguments = arguments
        arguments[1] = Fixtures.repository(arguments[1]).path
        try Self.run(arguments + ["--report", report.path])
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains(Fixtures.repository(arguments[1]).lastPathComponent))
        #expect(html.contains("plancast \(PlancastVersion.current)"))
        #expect(html.contains("<svg"))
    }

    @Test func unwritablePathFailsFirst() {
        let path = "/nonexistent-folder-\(UUID().uuidString)/report.html"
        #expect(throws: ReportFileError.self) {
            try Self.run(["simulate", Fixtures.repository("Scenarios/q3-plan.yaml").path, "--trials", "10", "--seed", "1", "--report", path])
        }
    }
}
