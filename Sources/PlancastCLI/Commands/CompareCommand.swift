import ArgumentParser
import Foundation
import Reports
import Scenarios
import Simulation

/// `plancast compare FILE`: the scenario's strategies against its base plan.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a scenario's strategies with its base plan on common random numbers.",
        discussion: """
            The base and every strategy are simulated with the same seed and trials, and each \
            random quantity comes from its own component's stream, so trial i of a strategy \
            differs from trial i of the base only where their inputs differ. Differences are \
            therefore measured trial by trial ("paired"), which makes them far more precise \
            than comparing two independent runs; --format json shows both standard errors.

            P(hit): the chance of reaching the target under each plan.
            ΔP(hit): the strategy's chance minus the base's, ± its paired standard error.
            Δ mean revenue: the average extra revenue per quarter, ± paired standard error.
            Δ spend: extra marketing spend over the window.
            Revenue per extra spend: Δ mean revenue / Δ spend (n/a when spend is unchanged).
            P(beats base): share of trials where the strategy's revenue is higher than the base's.

            --precision applies to the base plan's P(hit); strategies then use the same trials. \
            More in docs/simulate.md.
            """)

    @Argument(help: "The scenario file (.yaml) with strategies:.")
    var file: String

    @OptionGroup var options: RunOptions

    @Option(help: "Output format: text, json or csv.")
    var format: ReportFormat = .text

    @Option(help: "Also write a self-contained HTML report with charts to this file.")
    var report: String?

    func run() throws {
        let scenario = try ScenarioLoader.load(file)
        guard !scenario.strategies.isEmpty else {
            throw ValidationError("\(file) has no strategies: to compare; add a strategies: list (see docs/scenario-format.md).")
        }
        let settings = options.settings(for: scenario)
        let reportFile = try report.map(HTMLReportFile.init(path:))
        let progress = ProgressBar()
        let comparison = try Comparator(base: scenario.base, strategies: scenario.strategies)
            .run(settings, progress: { progress.update($0.fraction, label: "\($0.trialsDone) trials") })
        progress.finish()
        var output = ""
        switch format {
        case .text: ComparisonTextReport(comparison, currency: scenario.currency).write(to: &output)
        case .json: try SimulationJSONReport.write(comparison, currency: scenario.currency, to: &output)
        case .csv: ComparisonCSVReport.write(comparison, to: &output)
        }
        print(output, terminator: "")
        try reportFile?.write { stream in
            ComparisonHTMLReport(comparison, currency: scenario.currency, provenance: HTMLReportFile.provenance(source: file)).write(to: &stream)
        }
    }
}
