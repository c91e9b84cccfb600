import ArgumentParser
import Foundation
@testable import PlancastCLI
import Scenarios
import TestSupport
import Testing

@Suite struct CheckCommandTests {
    static func run(_ arguments: [String]) throws {
        var command = try Plancast.parseAsRoot(arguments)
        try command.run()
    }

    @Test func sampleScenariosAreValid() throws {
        try Self.run(["check", Fixtures.repository("Scenarios").path])
    }

    @Test func invalidFileExitsWithStatusOne() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plancast-check-\(UUID().uuidString).yaml")
        try Data("scenario: x\nchanels: []\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: ExitCode(1)) { try Self.run(["check", file.path]) }
        #expect(throws: ExitCode(1)) { try Self.run(["check", "--format", "json", file.path]) }
    }

    /// The text report, golden: every problem, then a summary.
    @Test func textReport() {
        let files = InMemoryFileSystem([
            "good.yaml": """
                scenario: Good
                window: { start: 2026-07, months: 1 }
                target: 10
                channels: [ { name: a, leads: 5 } ]
                funnel: { stages: [ { name: won, rate: 0.5 } ], deal_size: 2 }
                """,
            "bad.yaml": "scenario: Bad\nwindow: { start: 2026-07, months: 0 }\n",
        ])
        let results = ["good.yaml", "bad.yaml"].map { file in
            CheckResult(file: file, outcome: Result { () throws(ScenarioDiagnostics) in try ScenarioLoader.load(file, files: files) })
        }
        #expect(CheckResult.text(results) == """
            good.yaml: ok (0 strategies, 0 checks)
            bad.yaml:1:1: missing required key 'target'
            bad.yaml:1:1: missing required key 'channels'
            bad.yaml:1:1: missing required key 'funnel'
            bad.yaml:2:35: window.months: window months must be at least 1, found 0
            2 files checked: 4 problems in 1 file

            """)
    }
}
