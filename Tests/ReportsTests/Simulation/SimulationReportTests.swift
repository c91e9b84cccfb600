import Forecasting
import Foundation
@testable import Reports
import Simulation
import Statistics
import TestSupport
import Testing

/// Golden files of the simulate and compare reports for a fixed plan, seed and trial count
/// (`PLANCAST_RECORD_GOLDEN=1` re-records them on purpose).
@Suite("Simulate and compare reports")
struct SimulationReportTests {
    static let settings = SimulationSettings(trials: 4096, seed: 1, threads: 2)

    /// Two channels (one with spend), a pipeline, recurring revenue not counted, monthly targets.
    static func plan(paidSpend: [Double] = [20000, 20000, 25000]) throws -> Plan {
        Plan(
            name: "Golden plan", window: PlanWindow(start: YearMonth(year: 2026, month: 7), months: 3),
            target: .monthly([110_000, 130_000, 160_000]),
            channels: [
                Channel(name: "organic", leads: .planned([400, 380, 420].map { .fixed($0) }),
                        uncertainty: .logNormal(try LogNormal(median: 1, p90: 1.15))),
                Channel(name: "paid_search", leads: .spend(SpendPlan(spend: paidSpend, response: .costPerLead(.fixed(80))))),
            ],
            funnel: Funnel(stages: [FunnelStage(name: "opportunity", rate: .beta(try Beta(mean: 0.15, sd: 0.02))),
                                    FunnelStage(name: "won", rate: .fixed(0.3))],
                           cycleMonths: [0.5, 0.3, 0.2], dealSize: .logNormal(try LogNormal(median: 4000, p90: 9000))),
            pipeline: Pipeline(deals: (0..<20).map { OpenDeal(id: "D\($0)", stage: $0 % 2 == 0 ? "proposal" : "negotiation",
                                                             amount: 3000 + 250 * Double($0), closeMonth: $0 % 3) },
                               winRates: ["proposal": .fixed(0.35), "negotiation": .fixed(0.6)], slip: .fixed(0.2)),
            recurring: Recurring(startingMRR: .fixed(50_000), churnMonthly: .fixed(0.01)))
    }

    static func result() throws -> SimulationResult { try Simulator(plan: plan()).run(settings) }

    static func comparison() throws -> Comparison {
        var more = try plan(paidSpend: [30000, 30000, 35000])
        more.name = "more paid search"
        return try Comparator(base: plan(), strategies: [more]).run(settings)
    }

    @Test("simulate: text, JSON and CSV")
    func simulate() throws {
        let result = try Self.result()
        var text = ""
        SimulationTextReport(result, currency: "USD").write(to: &text)
        try GoldenFile.expect(text, "simulate.txt")
        var json = ""
        try SimulationJSONReport.write(result, currency: "USD", to: &json)
        try GoldenFile.expect(json, "simulate.json")
        var csv = ""
        SimulationCSVReport.write(result, to: &csv)
        try GoldenFile.expect(csv, "simulate.csv")
    }

    @Test("compare: text, JSON and CSV")
    func compare() throws {
        let comparison = try Self.comparison()
        var text = ""
        ComparisonTextReport(comparison, currency: "EUR").write(to: &text)
        try GoldenFile.expect(text, "compare.txt")
        var json = ""
        try SimulationJSONReport.write(comparison, currency: "EUR", to: &json)
        try GoldenFile.expect(json, "compare.json")
        var csv = ""
        ComparisonCSVReport.write(comparison, to: &csv)
        try GoldenFile.expect(csv, "compare.csv")
    }

    @Test("the summary line leads with the chance of hitting the target")
    func summary() throws {
        let report = SimulationTextReport(try Self.result(), currency: "USD")
        #expect(report.summary.hasPrefix("\(SimulationTextReport.probability(try Self.result().probabilityOfHit.value)) chance of reaching $400k (±"))
    }

    /// A target no trial reaches would otherwise read "0.0% (±0.00 pts)", as if certain.
    @Test("when no trial reaches the target, the summary gives the bound the trials support")
    func unreachableTarget() throws {
        var plan = try Self.plan()
        plan.target = .monthly([10_000_000, 10_000_000, 10_000_000])
        let report = SimulationTextReport(try Simulator(plan: plan).run(Self.settings), currency: "USD")
        #expect(report.summary.hasPrefix("0.0% chance of reaching $30M (no trial of 4,096 reached it: below 0.074% at 95% confidence);"))
    }

    @Test("when neither plan's trials reach the target, the comparison says so instead of a zero difference ± 0")
    func unreachableComparison() throws {
        var base = try Self.plan()
        base.target = .monthly([10_000_000, 10_000_000, 10_000_000])
        var more = base
        more.name = "more paid search"
        let comparison = try Comparator(base: base, strategies: [more]).run(Self.settings)
        let sentence = try #require(ComparisonTextReport(comparison, currency: "USD").summary.first)
        #expect(sentence.hasPrefix("\"more paid search\" leaves the chance of reaching $30M at 0.0% "
            + "(no trial of 4,096 reached it: below 0.074% at 95% confidence, as under the base) and beats the base in "))
    }

    @Test("trial rows: a header, then one row per trial whose sources add up to its revenue")
    func trialRows() throws {
        let plan = try Self.plan()
        var writer = TrialRowsCSVWriter(target: plan.target.total, window: plan.window)
        var csv = ""
        _ = try Simulator(plan: plan).run(SimulationSettings(trials: 10, seed: 1, threads: 1), trialRows: { writer.write($0, to: &csv) })
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines[0].hasPrefix("trial,revenue,hit,organic_2026-07,organic_2026-08,organic_2026-09,paid_search_2026-07"))
        #expect(lines[0].hasSuffix("recurring_2026-09"))
        let first = lines[1].split(separator: ",").map(String.init)
        #expect(first[0] == "0")
        // Revenue = channels + pipeline (recurring does not count here).
        let parts = first.dropFirst(3).map { Double($0) ?? .nan }
        #expect(abs(parts.dropLast(3).reduce(0, +) - (Double(first[1]) ?? .nan)) <= 1e-6)
    }

    @Test("money: symbols, separators, compact form")
    func money() {
        let usd = MoneyText(currency: "usd")
        #expect(usd.full(3_400_000) == "$3,400,000")
        #expect(usd.full(-1234.4) == "-$1,234")
        #expect(usd.compact(3_400_000) == "$3.4M")
        #expect(usd.compact(950_000) == "$950k")
        #expect(usd.compact(1_250_000) == "$1.25M")
        #expect(MoneyText(currency: "SEK").full(1200) == "SEK 1,200")
        #expect(MoneyText(currency: nil).full(1200) == "1,200")
        #expect(usd.full(.infinity) == "n/a")
    }

    @Test("money: a standard error below 10 keeps two significant digits, never reading $0")
    func moneyStandardError() {
        let usd = MoneyText(currency: "usd")
        #expect(usd.standardError(1209.4) == "$1,209")
        #expect(usd.standardError(12.4) == "$12")
        #expect(usd.standardError(4.23) == "$4.2")
        #expect(usd.standardError(0.384) == "$0.38")
        #expect(usd.standardError(0.004) == "$0.00")
        #expect(usd.standardError(0) == "$0")
        #expect(usd.standardError(.nan) == "n/a")
    }
}

/// Golden-file comparison under `Tests/ReportsTests/Golden/`.
enum GoldenFile {
    /// Compares with `Golden/<name>`; `PLANCAST_RECORD_GOLDEN=1` rewrites the file instead.
    static func expect(_ text: String, _ name: String) throws {
        let url = Fixtures.tests("ReportsTests/Golden/\(name)")
        if Fixtures.recordGolden {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "output differs from Golden/\(name); re-record with PLANCAST_RECORD_GOLDEN=1 if intended")
    }
}
