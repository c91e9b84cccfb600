import Foundation
import Scenarios
import TestSupport
import Testing

@Suite struct RealityCheckTests {
    static let fixture = Fixtures.tests("ScenariosTests/Fixtures/departs-from-history.yaml").path

    static func lines(_ warnings: [ScenarioError]) -> [String] {
        warnings.map { "\($0.location.line):\($0.location.column): " + $0.description.components(separatedBy: ": warning: ")[1] }
    }

    /// Each departure is reported once, at its key, with history's evidence (golden text after
    /// the file name, which depends on where the repository is). The win rate comes from the
    /// history's won_deals / opportunities even though deals are given: the same precedence as
    /// `plancast estimate`.
    @Test func warnsWithEvidenceWhereThePlanDepartsFromHistory() throws {
        let scenario = try ScenarioLoader.load(Self.fixture)
        let deals = try DealExport.load(contentsOf: Fixtures.repository("Data/example/deals.csv"))
        let warnings = try RealityCheck(deals: deals).warnings(for: scenario)
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.location.file == Self.fixture })
        #expect(Self.lines(warnings) == [
            "13:12: channels[1].spend: plan spends up to 120000 a month on 'paid_search', beyond any month in history (32000–70300, 66 months): the response curve is extrapolated",
            "18:26: funnel.stages[1].rate: plan mean 0.3 vs history 0.248 (95% 0.242–0.255, n = 18082) [win rate from monthly.csv]",
            "19:17: funnel.cycle_months: plan mean 0.4 months vs history 1.085 (95% 1.064–1.105, n = 8019 deals, 399 still open) [Kaplan–Meier from deals.csv]",
            "20:14: funnel.deal_size: plan median 18000 vs history 9139 (95% 8822–9467, n = 1911 won deals)",
            "24:9: pipeline.slip: plan mean 0.05 vs history 0.257 (95% 0.237–0.276, n = 1911) [won deals closing after their expected month, deals.csv]",
        ])
    }

    /// Without deals the rates come from the history's monthly counts, and the cycle, deal
    /// size and slip are not checked.
    @Test func historyAloneChecksRatesFromMonthlyCounts() throws {
        let scenario = try ScenarioLoader.load(Self.fixture)
        let warnings = try RealityCheck().warnings(for: scenario)
        #expect(warnings.map(\.keyPath) == ["channels[1].spend", "funnel.stages[1].rate"])
        #expect(warnings[1].message.hasSuffix("[win rate from monthly.csv]"))
    }

    /// A plan that agrees with history gets no rate, cycle, deal-size or slip warning (its
    /// September paid-search spend is above any month observed, which is a fair warning).
    @Test func thePlanFromHistoryPassesQuietly() throws {
        let scenario = try ScenarioLoader.load(Fixtures.repository("Scenarios/q3-plan.yaml").path)
        let deals = try DealExport.load(contentsOf: Fixtures.repository("Data/example/deals.csv"))
        let warnings = try RealityCheck(deals: deals).warnings(for: scenario)
        #expect(warnings.allSatisfy { $0.keyPath.hasSuffix(".spend") })
    }

    /// A funnel without cycle_months closes every deal in its lead month; that is checked too,
    /// at the funnel key.
    @Test func missingCycleIsCheckedAtTheFunnel() throws {
        let text = """
            scenario: Fast
            window: { start: 2026-07, months: 3 }
            target: 1
            channels: [ { name: a, leads: 10 } ]
            funnel: { stages: [ { name: won, rate: 0.25 } ], deal_size: 9000 }
            """
        let scenario = try ScenarioLoader.load("fast.yaml", files: InMemoryFileSystem(["fast.yaml": text]))
        let deals = try DealExport.load(contentsOf: Fixtures.repository("Data/example/deals.csv"))
        let warnings = try RealityCheck(deals: deals).warnings(for: scenario, files: InMemoryFileSystem(["fast.yaml": text]))
        let cycle = try #require(warnings.first { $0.keyPath == "funnel" })
        #expect(cycle.message.hasPrefix("no cycle_months (every deal closes in its lead month): plan mean 0 months vs history 1.0"))
    }
}
