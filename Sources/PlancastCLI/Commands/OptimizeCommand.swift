import ArgumentParser
import Foundation
import Reports
import Scenarios
import Simulation

/// `plancast optimize FILE --budget 600000`: where the marketing budget should go.
struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Split a marketing budget across the spend channels and months to maximise the chance of hitting the target.",
        discussion: """
            First finds the split that maximises expected revenue from the channels' response \
            curves (carryover and closing lags included): there, one more unit of spend brings the \
            same expected revenue in every funded channel and month, unless a bound stops it. With \
            --objective p_hit (the default) it then simulates that split and today's split scaled to \
            the budget, and keeps moving money between channel-months while the chance of hitting the \
            target improves on the same random numbers — never ending below either start.

            The output shows the split next to today's, P(hit) and mean revenue of both with paired \
            standard errors, each channel's extra leads and revenue per extra unit of spend, and which \
            --min/--max bounds decide the answer. More in docs/decisions.md.
            """)

    @Argument(help: "The scenario file (.yaml).")
    var file: String

    @Option(help: "Total marketing spend to allocate over the window.")
    var budget: Double

    @Option(help: "p_hit (chance of hitting the target) or mean (mean revenue).")
    var objective: BudgetOptimization.Objective = .pHit

    @Option(name: .customLong("min"), help: "A channel's minimum window spend, CHANNEL=AMOUNT (repeatable).")
    var minimums: [String] = []

    @Option(name: .customLong("max"), help: "A channel's maximum window spend, CHANNEL=AMOUNT (repeatable).")
    var maximums: [String] = []

    @Option(help: "Simulations allowed for the P(hit) search.")
    var evaluations: Int = BudgetOptimizer.defaultMaximumEvaluations

    @OptionGroup var options: RunOptions

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Also write a self-contained HTML report with the allocation and comparison charts to this file.")
    var report: String?

    func validate() throws {
        if !(budget.isFinite && budget > 0) { throw ValidationError("--budget must be a positive amount; found \(budget).") }
        if evaluations < 0 { throw ValidationError("--evaluations must be 0 or more; found \(evaluations).") }
        if format == .csv { throw ValidationError("--format csv is not available for optimize; use text or json.") }
        _ = try Self.bounds(minimums, option: "--min")
        _ = try Self.bounds(maximums, option: "--max")
    }

    /// `["search=40000"]` → `["search": 40000]`.
    static func bounds(_ items: [String], option: String) throws -> [String: Double] {
        var result: [String: Double] = [:]
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]), value.isFinite, value >= 0 else {
                throw ValidationError("\(option) takes CHANNEL=AMOUNT with an amount ≥ 0, e.g. \(option) paid_search=200000; found '\(item)'.")
            }
            guard result.updateValue(value, forKey: parts[0]) == nil else { throw ValidationError("\(option) names '\(parts[0])' twice.") }
        }
        return result
    }

    func run() throws {
        let scenario = try ScenarioLoader.load(file)
        let optimizer = try BudgetOptimizer(plan: scenario.base, budget: budget, objective: objective,
                                            minimum: try Self.bounds(minimums, option: "--min"),
                                            maximum: try Self.bounds(maximums, option: "--max"), maximumEvaluations: evaluations)
        let settings = options.settings(for: scenario)
        let reportFile = try report.map(HTMLReportFile.init(path:))
        let progress = ProgressBar()
        let result = try optimizer.run(settings, progress: { progress.update($0.fraction, label: "\($0.trialsDone) simulations") })
        progress.finish()
        var output = ""
        switch format {
        case .json: try DecisionJSONReport.write(result, currency: scenario.currency, to: &output)
        case .text, .csv: BudgetOptimizationTextReport(result, currency: scenario.currency).write(to: &output)
        }
        print(output, terminator: "")
        try reportFile?.write { stream in
            BudgetOptimizationHTMLReport(result, currency: scenario.currency, provenance: HTMLReportFile.provenance(source: file)).write(to: &stream)
        }
    }
}

extension BudgetOptimization.Objective: ExpressibleByArgument {}
