import Foundation
import Scenarios
import TestSupport
import Testing

@Suite struct RealityCheckTests {
    static let fixture = Fixtures.tests("ScenariosTests/Fixtures/departs-from-history.yaml").path

    /// Each departure is reported once, at its key, with history's evidence (golden text after
    /// the file name, which depends on where the repository is).
    @Test func warnsWithEvidenceWhereThePlanDepartsFromHistory() throws {
        let scenario = try ScenarioLoader.load(Self.fixture)
        let deals = try DealExport.load(contentsOf: Fixtures.repository("Data/example/deals.csv"))
        let warnings = try RealityCheck(deals: deals).warnings(for: scenario)
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.location.file == Self.fixture })
        #expect(warnings.map { "\($0.location.line):\($0.location.column): " + $0.description.components(separatedBy: ": warning: ")[1] } == [
            "12:12: channels[1].spend: plan spends up to 120000 a month on 'paid_search', beyond any month in history (32000–70300, 66 months): the response curve is extrapolated",
            "17:26: funnel.stages[1].rate: plan mean 0.3 vs history 0.251 (95% 0.241–0.261, n = 7620) [win rate from deals.csv]",
            "19:14: funnel.deal_size: plan median 18000 vs history 9139 (95% 8822–9467, n = 1911 won deals)",
        ])
    }

    /// Without deals the win rate comes from the history's won_deals / opportunities.
    @Test func historyAloneChecksRatesFromMonthlyCounts() throws {
        let scenario = try ScenarioLoader.load(Self.fixture)
        let warnings = try RealityCheck().warnings(for: scenario)
        #expect(warnings.map(\.keyPath) == ["channels[1].spend", "funnel.stages[1].rate"])
        #expect(warnings[1].message.hasSuffix("[win rate from monthly.csv]"))
    }

    /// A plan that agrees with history gets no rate or deal-size warning.
    @Test func thePlanFromHistoryPassesQuietly() throws {
        let scenario = try ScenarioLoader.load(Fixtures.repository("Scenarios/q3-plan.yaml").path)
        let deals = try DealExport.load(contentsOf: Fixtures.repository("Data/example/deals.csv"))
        let warnings = try RealityCheck(deals: deals).warnings(for: scenario)
        #expect(warnings.allSatisfy { $0.keyPath.hasSuffix(".spend") })
    }
}
