import ArgumentParser
import Foundation
@testable import PlancastCLI
import TestSupport
import Testing

/// `sensitivity`, `solve` and `optimize`: option checking, and a short run of each on the
/// example plan (output correctness is tested in SimulationTests/Decisions).
@Suite struct DecisionCommandsTests {
    static let plan = Fixtures.repository("Scenarios/q3-plan.yaml").path
    static let quick = ["--trials", "300", "--seed", "1", "--threads", "1"]

    static func run(_ arguments: [String]) throws {
        var command = try Plancast.parseAsRoot(arguments)
        try command.run()
    }

    @Test func rejectsBadOptions() {
        #expect(throws: (any Error).self) { try Plancast.parseAsRoot(["sensitivity", Self.plan, "--swing", "150%"]) }
        #expect(throws: (any Error).self) { try Plancast.parseAsRoot(["solve", Self.plan, "--vary", "target", "--probability", "1.5"]) }
        #expect(throws: (any Error).self) { try Plancast.parseAsRoot(["optimize", Self.plan, "--budget", "100", "--min", "paid_search"]) }
        #expect(throws: (any Error).self) { try Plancast.parseAsRoot(["optimize", Self.plan, "--budget", "-5"]) }
    }

    @Test func swingAcceptsPercentOrShare() throws {
        #expect(try SensitivityCommand.share("20%") == 0.2)
        #expect(try SensitivityCommand.share("0.25") == 0.25)
    }

    @Test func boundsParse() throws {
        #expect(try OptimizeCommand.bounds(["paid_search=200000", "events = 5"], option: "--max") == ["paid_search": 200_000, "events": 5])
        #expect(throws: ValidationError.self) { try OptimizeCommand.bounds(["a=1", "a=2"], option: "--max") }
    }

    @Test func unknownPathIsExplained() {
        #expect(throws: (any Error).self) { try Self.run(["solve", Self.plan, "--vary", "channels.tv.spend", "--probability", "0.8"] + Self.quick) }
    }

    @Test func commandsRunOnTheExamplePlan() throws {
        try Self.run(["sensitivity", Self.plan, "--include", "channels.paid_search.spend", "--format", "json"] + Self.quick)
        try Self.run(["solve", Self.plan, "--vary", "target", "--probability", "0.8"] + Self.quick)
        try Self.run(["solve", Self.plan, "--vary", "channels.paid_search.spend", "--probability", "0.6"] + Self.quick)
        try Self.run(["optimize", Self.plan, "--budget", "250000", "--evaluations", "3"] + Self.quick)
    }
}
