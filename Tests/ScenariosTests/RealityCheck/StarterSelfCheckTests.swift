import Foundation
import Scenarios
import TestSupport
import Testing

/// `plancast estimate … && plancast check` of the output: a starter never warns about its own
/// numbers, because the check uses the same evidence for each key as the starter.
@Suite struct StarterSelfCheckTests {
    static func example(_ path: String) throws -> String {
        try String(contentsOf: Fixtures.repository("Data/example/\(path)"), encoding: .utf8)
    }

    /// The starter's file and its data, loaded and checked against the same deals, with and
    /// without `--deals`.
    static func selfCheck(deals: DealExport, monthly: String?, stageHistory: StageHistory? = nil) throws -> (PlanEstimate, [ScenarioError]) {
        let history = try monthly.map { try HistoryTable.parse($0, file: "monthly.csv", options: HistoryOptions()) }
        let estimate = try PlanEstimator().estimate(deals: deals, history: history, stageHistory: stageHistory)
        let starter = StarterScenario(estimate: estimate, historyReference: monthly == nil ? nil : "monthly.csv",
                                      dealsFile: deals.file, dealSizesReference: "sizes.csv")
        var contents = ["starter.yaml": starter.yaml, "sizes.csv": starter.dealSizesCSV]
        contents["monthly.csv"] = monthly
        let files = InMemoryFileSystem(contents)
        let scenario = try ScenarioLoader.load("starter.yaml", files: files)
        return (estimate, try RealityCheck(deals: deals).warnings(for: scenario, files: files)
            + RealityCheck().warnings(for: scenario, files: files))
    }

    /// The example company's deals, history and stage history: no warning at all.
    @Test func exampleStarterChecksClean() throws {
        let deals = try DealExport.parse(Self.example("deals.csv"), file: "deals.csv")
        let stages = try StageHistory.parse(Self.example("stage_history.csv"), file: "stage_history.csv")
        let (_, warnings) = try Self.selfCheck(deals: deals, monthly: Self.example("monthly.csv"), stageHistory: stages)
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
    }

    /// The wart this guards against: deals and history that disagree on the win rate (here the
    /// history's won_deals raised by 30%, so the two 95% intervals do not overlap). The
    /// history wins in both the starter and the check, so the starter still checks clean.
    @Test func disagreeingSourcesStillCheckClean() throws {
        var rows = try Self.example("monthly.csv").split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let column = try #require(rows[0].firstIndex(of: "won_deals"))
        for index in rows.indices.dropFirst() { rows[index][column] = String(Int((Double(rows[index][column])! * 1.3).rounded())) }
        let monthly = rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        let deals = try DealExport.parse(Self.example("deals.csv"), file: "deals.csv")
        let (estimate, warnings) = try Self.selfCheck(deals: deals, monthly: monthly)
        #expect(estimate.winRateSource == "monthly.csv")
        #expect(estimate.winRate.mean > estimate.dealWinRate.upper)
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
        #expect(StarterScenario(estimate: estimate, historyReference: "monthly.csv", dealsFile: "deals.csv", dealSizesReference: "s.csv")
            .yaml.contains("monthly.csv wins over deals.csv here (and in `plancast check`)"))
    }

    /// Deals alone: a one-stage plan from the deal export checks clean against it.
    @Test func dealsOnlyStarterChecksClean() throws {
        let deals = try DealExport.parse(Self.example("deals.csv"), file: "deals.csv")
        let (_, warnings) = try Self.selfCheck(deals: deals, monthly: nil)
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
    }

    /// The public CRM export, whose amounts are a price list: the starter uses the observed
    /// amounts, and the check compares with their median, not the log-normal's.
    @Test(.enabled(if: Fixtures.hasSharedData, Fixtures.sharedDataMissing))
    func empiricalDealSizeChecksClean() throws {
        let url = Fixtures.sharedData.appendingPathComponent("crm_sales_opportunities/sales_pipeline.csv")
        let deals = try DealExport.load(contentsOf: url)
        let (_, warnings) = try Self.selfCheck(deals: deals, monthly: nil)
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
    }
}
