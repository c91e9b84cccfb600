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

            The budget, objective and bounds can also be written in the scenario's optimize: section; \
            options given here replace the file's (bounds per channel and side). The output shows the \
            split next to today's, P(hit) and mean revenue of both with paired standard errors, each \
            channel's extra leads and revenue per extra unit of spend, every bound with the file line or \
            option that set it, and which bounds decide the answer. More in docs/decisions.md.
            """)

    @Argument(help: "The scenario file (.yaml).")
    var file: String

    @Option(help: "Total marketing spend to allocate over the window (overrides optimize.budget in the file).")
    var budget: Double?

    @Option(help: "p_hit (chance of hitting the target, the default) or mean (mean revenue); overrides optimize.objective.")
    var objective: BudgetOptimization.Objective?

    @Option(name: .customLong("min"), help: "A channel's minimum window spend, CHANNEL=AMOUNT (repeatable; overrides the file's min for that channel).")
    var minimums: [String] = []

    @Option(name: .customLong("max"), help: "A channel's maximum window spend, CHANNEL=AMOUNT (repeatable; overrides the file's max for that channel).")
    var maximums: [String] = []

    @Option(help: "Simulations allowed for the P(hit) search.")
    var evaluations: Int = BudgetOptimizer.defaultMaximumEvaluations

    @OptionGroup var options: RunOptions

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Also write a self-contained HTML report with the allocation and comparison charts to this file.")
    var report: String?

    func validate() throws {
        if let budget, !(budget.isFinite && budget > 0) { throw ValidationError("--budget must be a positive amount; found \(budget).") }
        if evaluations < 0 { throw ValidationError("--evaluations must be 0 or more; found \(evaluations).") }
        if format == .csv { throw ValidationError("--format csv is not available for optimize; use text or json.") }
        _ = try Self.bounds(minimums, option: "--min")
        _ = try Self.bounds(maximums, option: "--max")
    }

    /// `["search=40000"]` → `["search": 40000]`.
    static func bounds(_ items: [String], option: String) throws -> [String: Double] {
        var result: [String: Double] = [:]
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]), value.isFinite, value >= 0 else {
                throw ValidationError("\(option) takes CHANNEL=AMOUNT with an amount ≥ 0, e.g. \(option) paid_search=200000; found '\(item)'.")
            }
            guard result.updateValue(value, forKey: parts[0]) == nil else { throw ValidationError("\(option) names '\(parts[0])' twice.") }
        }
        return result
    }

    /// The file's `optimize:` settings with this command's options laid over them.
    func settings(over file: OptimizeSettings?) throws -> OptimizeSettings {
        func given(_ value: Double, _ option: String) -> OptimizeSettings.Setting<Double> { .init(value, origin: .option(option)) }
        let options = OptimizeSettings(
            budget: budget.map { given($0, "--budget") }, objective: objective.map { .init($0, origin: .option("--objective")) },
            minimum: try Self.bounds(minimums, option: "--min").mapValues { given($0, "--min") },
            maximum: try Self.bounds(maximums, option: "--max").mapValues { given($0, "--max") })
        return (file ?? OptimizeSettings()).overridden(by: options)
    }

    func run() throws {
        let scenario = try ScenarioLoader.load(file)
        let reportFile = try report.map(HTMLReportFile.init(path:))
        let (result, sources) = try optimize(scenario, settings: options.settings(for: scenario))
        print(try output(result, sources: sources, currency: scenario.currency), terminator: "")
        try reportFile?.write { stream in
            BudgetOptimizationHTMLReport(result, currency: scenario.currency, provenance: HTMLReportFile.provenance(source: file),
                                         sources: sources).write(to: &stream)
        }
    }

    /// Runs the optimiser on `scenario` with the file's settings and these options, showing
    /// progress; returns the result and where its budget and bounds were set.
    /// - Throws: `ValidationError` when neither the file nor `--budget` gives a budget;
    ///   `SimulationError` for bounds or a budget the plan cannot meet.
    func optimize(_ scenario: LoadedScenario, settings: SimulationSettings) throws -> (BudgetOptimization, BudgetOptimizationSources) {
        let chosen = try self.settings(over: scenario.optimize)
        guard let budget = chosen.budget else {
            throw ValidationError("Give the budget to allocate: --budget AMOUNT, or budget: in the scenario's optimize: section.")
        }
        let optimizer: BudgetOptimizer
        do {
            optimizer = try BudgetOptimizer(plan: scenario.base, budget: budget.value, objective: chosen.resolvedObjective,
                                            minimum: chosen.minimum.mapValues(\.value), maximum: chosen.maximum.mapValues(\.value),
                                            maximumEvaluations: evaluations)
        } catch {
            throw SettingsError(problems: error, settings: chosen)
        }
        let sources = BudgetOptimizationSources(
            budget: budget.origin.description, minimum: chosen.minimum.mapValues(\.origin.description),
            maximum: chosen.maximum.mapValues(\.origin.description))
        let progress = ProgressBar()
        let result = try optimizer.run(settings, progress: { progress.update($0.fraction, label: "\($0.trialsDone) simulations") })
        progress.finish()
        return (result, sources)
    }

    /// The report in the chosen format.
    func output(_ result: BudgetOptimization, sources: BudgetOptimizationSources, currency: String?) throws -> String {
        var output = ""
        switch format {
        case .json: try DecisionJSONReport.write(result, currency: currency, sources: sources, to: &output)
        case .text, .csv: BudgetOptimizationTextReport(result, currency: currency, sources: sources).write(to: &output)
        }
        return output
    }
}

/// Settings the plan cannot meet (a budget outside the bounds, a bound on a channel without
/// spend), shown with where each setting came from, since file and options combine.
struct SettingsError: LocalizedError, CustomStringConvertible {
    let problems: SimulationError
    let settings: OptimizeSettings

    var description: String { "\(problems)\nSettings used (file and options combined): \(settings)." }
    var errorDescription: String? { description }
}

extension BudgetOptimization.Objective: ExpressibleByArgument {}
