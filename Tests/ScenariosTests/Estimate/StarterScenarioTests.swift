import Scenarios
import Testing

@Suite struct StarterScenarioTests {
    /// Channel names from a CRM may hold YAML punctuation or read as numbers; the starter
    /// quotes them so the file still loads with the same names.
    @Test func quotesAwkwardChannelNames() throws {
        var rows = ["created,closed,outcome,amount,source"]
        let sources = ["Paid: Search", "2024", "web #1", "true"]
        for month in 1...12 {
            for (index, source) in sources.enumerated() {
                let outcome = (month + index) % 3 == 0 ? "won" : "lost"
                rows.append("2025-\(String(format: "%02d", month))-03,2025-\(String(format: "%02d", month))-20,\(outcome),\(1000 * (index + month)),\"\(source)\"")
            }
        }
        let export = try DealExport.parse(rows.joined(separator: "\n"), file: "deals.csv")
        let estimate = try PlanEstimator().estimate(deals: export)
        let starter = StarterScenario(estimate: estimate, historyReference: nil, dealsFile: "deals.csv", dealSizesReference: "sizes.csv")
        let files = InMemoryFileSystem(["starter.yaml": starter.yaml, "sizes.csv": starter.dealSizesCSV])
        let scenario = try ScenarioLoader.load("starter.yaml", files: files)
        #expect(scenario.base.channels.map(\.name) == sources)
    }
}
