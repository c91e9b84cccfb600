import ArgumentParser
import Foundation
@testable import PlancastCLI
import Scenarios
import Simulation
import TestSupport
import Testing

/// `optimize` with an `optimize:` section: options override the file one value at a time,
/// and the report says where each bound came from, binding ones included.
@Suite struct OptimizeCommandTests {
    static let plan = Fixtures.repository("Scenarios/q3-marketing.yaml").path
    static let settings = SimulationSettings(trials: 300, seed: 1, threads: 1)

    static func command(_ arguments: [String]) throws -> OptimizeCommand {
        try OptimizeCommand.parse([plan] + arguments)
    }

    static func fileOrigin(_ line: Int, _ column: Int) -> OptimizeSettings.Origin {
        .file(SourceLocation(file: plan, line: line, column: column))
    }

    @Test func optionsOverrideTheFileOneValueAtATime() throws {
        let scenario = try ScenarioLoader.load(Self.plan)
        let chosen = try Self.command(["--budget", "330000", "--max", "paid_social=150000"]).settings(over: scenario.optimize)
        #expect(chosen.budget == .init(330_000, origin: .option("--budget")))
        #expect(chosen.objective == .init(.pHit, origin: Self.fileOrigin(26, 14)))
        #expect(chosen.minimum == ["paid_search": .init(120_000, origin: Self.fileOrigin(28, 25))])
        #expect(chosen.maximum == [
            "paid_search": .init(240_000, origin: Self.fileOrigin(28, 38)),
            "paid_social": .init(150_000, origin: .option("--max")),
        ])
    }

    @Test func withoutOptionsTheFileDecides() throws {
        let scenario = try ScenarioLoader.load(Self.plan)
        #expect(try Self.command([]).settings(over: scenario.optimize) == scenario.optimize)
    }

    @Test func reportNamesTheSourceOfEveryBound() throws {
        let scenario = try ScenarioLoader.load(Self.plan)
        let command = try Self.command(["--objective", "mean", "--min", "paid_social=20000"])
        let (result, sources) = try command.optimize(scenario, settings: Self.settings)
        let text = try command.output(result, sources: sources, currency: scenario.currency)
        #expect(text.hasPrefix("Allocating $310,000 (from \(Self.plan):25:11) across paid_search, paid_social to maximise mean revenue.\n"))
        #expect(text.contains("Bounds on window spend: paid_search at least $120,000 (from \(Self.plan):28:25) and at most $240,000 "
            + "(from \(Self.plan):28:38); paid_social at least $20,000 (from --min) and at most $90,000 (from \(Self.plan):29:25).\n"))
        // Unbounded, the mean-revenue optimum spends about 100,000 on paid social: the file's
        // maximum of 90,000 binds, and the report says so and where it was set.
        #expect(result.binding.map(\.channel) == ["paid_social"])
        #expect(text.contains("paid_social is held at its maximum of $90,000 (from \(Self.plan):29:25): one more unit of spend"))
    }

    @Test func jsonCarriesTheSources() throws {
        let scenario = try ScenarioLoader.load(Self.plan)
        let command = try Self.command(["--objective", "mean", "--format", "json", "--max", "paid_search=230000"])
        let (result, sources) = try command.optimize(scenario, settings: Self.settings)
        let json = try command.output(result, sources: sources, currency: scenario.currency)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["budget_source"] as? String == "\(Self.plan):25:11")
        let bounds = try #require(document["bounds"] as? [[String: Any]])
        #expect(bounds.map { "\($0["channel"] ?? "") \($0["side"] ?? "") \($0["source"] ?? "")" } == [
            "paid_search minimum \(Self.plan):28:25", "paid_search maximum --max", "paid_social maximum \(Self.plan):29:25",
        ])
    }

    /// The file's budget and bounds with --max paid_search=200000 leave at most 290,000 to
    /// spend: the error says so and lists where every setting came from.
    @Test func infeasibleCombinationNamesEverySource() throws {
        let scenario = try ScenarioLoader.load(Self.plan)
        let command = try Self.command(["--max", "paid_search=200000"])
        let error = try #require(throws: SettingsError.self) { try command.optimize(scenario, settings: Self.settings) }
        #expect(error.description.hasPrefix("budget: expected between the sum of the minimums (120000) and of the maximums (290000), found 310000"))
        #expect(error.description.hasSuffix("Settings used (file and options combined): budget 310000 (\(Self.plan):25:11); "
            + "objective p_hit (\(Self.plan):26:14); paid_search min 120000 (\(Self.plan):28:25), max 200000 (--max); "
            + "paid_social max 90000 (\(Self.plan):29:25)."))
    }

    @Test func budgetComesFromTheFileOrTheOption() throws {
        let withoutSection = try ScenarioLoader.load(Fixtures.repository("Scenarios/q3-plan.yaml").path)
        #expect(throws: ValidationError.self) { try Self.command([]).optimize(withoutSection, settings: Self.settings) }
    }
}
