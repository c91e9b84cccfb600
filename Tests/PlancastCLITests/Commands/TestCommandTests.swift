import ArgumentParser
import Foundation
@testable import PlancastCLI
import Scenarios
import Simulation
import TestSupport
import Testing

@Suite struct TestCommandTests {
    /// A scenario whose expectation cannot hold fails with exit status 1 and a JUnit failure.
    @Test func failingExpectationExitsWithStatusOne() throws {
        let junit = FileManager.default.temporaryDirectory.appendingPathComponent("plancast-junit-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: junit) }
        let fixture = Fixtures.tests("ScenariosTests/Fixtures/failing-expectation.yaml").path
        var command = try Plancast.parseAsRoot(["test", fixture, "--threads", "1", "--junit", junit.path])
        #expect(throws: ExitCode(1)) { try command.run() }
        let xml = try String(contentsOf: junit, encoding: .utf8)
        #expect(xml.contains("<testsuites name=\"plancast test\" tests=\"1\" failures=\"1\">"))
        #expect(xml.contains("<failure message=\"p_hit = "))
    }

    @Test(arguments: [
        (Estimate(value: 0.62134, standardError: 0.00153), "0.6213 ± 0.0015"),
        (Estimate(value: 2_318_450.3, standardError: 2104.9), "2318450 ± 2105"),
        (Estimate(value: 803.123, standardError: 0.92), "803.12 ± 0.92"),
        (Estimate(value: 0.5, standardError: 0), "0.5"),
        (Estimate(value: .infinity, standardError: 0), "inf"),
    ])
    func estimateFormatting(_ estimate: Estimate, _ text: String) {
        #expect(TestSuiteResult.format(estimate) == text)
    }

    @Test func xmlEscaping() {
        #expect(TestSuiteResult.escaped("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d")
    }
}
