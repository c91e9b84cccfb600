import Forecasting
import Foundation
@testable import Reports
import Simulation
import Statistics
import Testing

/// The decision reports state their answers in words: reached, not reachable, bounds.
@Suite struct DecisionTextReportTests {
    /// One channel of 20 expected leads, rate 1, deals of 100, target 2,000.
    static func plan() -> Plan {
        Plan(name: "small", window: PlanWindow(start: YearMonth(year: 2026, month: 7), months: 1), target: .total(2000),
             channels: [Channel(name: "paid", leads: .spend(SpendPlan(spend: [2000], response: .costPerLead(.fixed(100)))))],
             funnel: Funnel(stages: [FunnelStage(name: "won", rate: .fixed(1))], dealSize: .fixed(100)))
    }

    static let settings = SimulationSettings(trials: 2000, seed: 1, threads: 1)

    @Test func unreachableSolveSaysSo() throws {
        let plan = Self.plan()
        let seek = try GoalSeek(plan: plan, input: PlanInput(path: "channels.paid.spend", in: plan), probability: 0.9, maximum: 1000)
        var text = ""
        GoalSeekTextReport(try seek.run(Self.settings), target: 2000, currency: "USD").write(to: &text)
        #expect(text.contains("is not reachable with channels.paid.spend within [$0, $1,000]"))
    }

    @Test func targetSolveGivesTheAmount() throws {
        let plan = Self.plan()
        let result = try GoalSeek(plan: plan, input: PlanInput(path: "target", in: plan), probability: 0.8).run(Self.settings)
        var text = ""
        GoalSeekTextReport(result, target: 2000, currency: nil).write(to: &text)
        #expect(text.hasPrefix("With probability 80% the plan brings in at least \(NumberText.grouped(try #require(result.value)))"))
    }

    @Test func bindingBoundIsExplained() throws {
        var plan = Self.plan()
        plan.channels.append(Channel(name: "social", leads: .spend(SpendPlan(
            spend: [1000], response: .hill(maxLeads: .fixed(30), halfSpend: .fixed(500), slope: .fixed(1))))))
        let result = try BudgetOptimizer(plan: plan, budget: 3000, objective: .mean, maximum: ["paid": 500]).run(Self.settings)
        let sentences = BudgetOptimizationTextReport(result, currency: nil).bindingSentences
        #expect(sentences == [
            "paid is held at its maximum of 500: one more unit of spend there brings "
                + "\(NumberText.grouped(result.binding[0].marginalRevenue, decimals: 2)) of expected revenue against "
                + "\(NumberText.grouped(try #require(result.binding[0].freeMarginalRevenue), decimals: 2)) in the best channel not held "
                + "by a bound, so the optimiser would spend more there if allowed.",
        ])
    }

    /// Every bound is listed with where it was set, and a binding bound's sentence says so too,
    /// in the terminal report and in the HTML page's summary.
    @Test func boundsNameWhereTheyWereSet() throws {
        var plan = Self.plan()
        plan.channels.append(Channel(name: "social", leads: .spend(SpendPlan(
            spend: [1000], response: .hill(maxLeads: .fixed(30), halfSpend: .fixed(500), slope: .fixed(1))))))
        let result = try BudgetOptimizer(plan: plan, budget: 3000, objective: .mean, minimum: ["social": 100], maximum: ["paid": 500])
            .run(Self.settings)
        let sources = BudgetOptimizationSources(budget: "--budget", minimum: ["social": "q3.yaml:30:20"], maximum: ["paid": "--max"])
        let report = BudgetOptimizationTextReport(result, currency: nil, sources: sources)
        #expect(report.boundsSentence == "Bounds on window spend: paid at most 500 (from --max); social at least 100 (from q3.yaml:30:20).")
        #expect(report.bindingSentences.count == 1)
        #expect(report.bindingSentences[0].hasPrefix("paid is held at its maximum of 500 (from --max): one more unit of spend"))
        var text = ""
        report.write(to: &text)
        #expect(text.hasPrefix("Allocating 3,000 (from --budget) across paid, social to maximise mean revenue.\n"
            + "Bounds on window spend: paid at most 500 (from --max); social at least 100 (from q3.yaml:30:20).\n"))
        let provenance = ReportProvenance(source: "q3.yaml", generated: Date(timeIntervalSince1970: 0), toolVersion: "test")
        let page = BudgetOptimizationHTMLReport(result, currency: nil, provenance: provenance, sources: sources).page
        #expect(Array(page.summary.dropFirst()) == [try #require(report.boundsSentence), report.bindingSentences[0]])
        // Without sources nothing is attributed, and a channel without bounds is not listed.
        #expect(BudgetOptimizationTextReport(result, currency: nil).boundsSentence == "Bounds on window spend: paid at most 500; social at least 100.")
    }

    @Test func sensitivityTableListsEveryInput() throws {
        var plan = Self.plan()
        plan.funnel.stages[0].rate = .beta(try Beta(mean: 0.5, sd: 0.1))
        let result = try SensitivityAnalysis(plan: plan).run(Self.settings)
        var text = ""
        SensitivityTextReport(result, currency: "USD").write(to: &text)
        #expect(text.contains("funnel.stages.won.rate"))
        #expect(text.contains("Together the inputs explain"))
    }
}
