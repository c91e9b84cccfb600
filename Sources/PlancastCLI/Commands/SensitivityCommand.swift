import ArgumentParser
import Reports
import Scenarios
import Simulation

/// `plancast sensitivity FILE`: which inputs move the chance of hitting the target most.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Rank the plan's assumptions by how much they move the chance of hitting the target (a tornado).",
        discussion: """
            Every input given as a distribution (lead multipliers, conversion rates, deal size, \
            win rates, slip, churn, …) is held at its P10 ("low") and at its P90 ("high") in turn, \
            and the plan is simulated each time with the same seed and trials, so the difference \
            between low and high is caused by that input alone. Inputs are sorted by how much \
            they swing P(hit). Fixed inputs can join with --include PATH, moved by ±--swing. \
            Deal size, drawn anew for every deal, moves its average by ±--swing instead and has \
            no variance share.

            P(hit) swing: P(hit) at high minus at low, ± its paired standard error.
            Revenue swing: mean revenue at high minus at low.
            Variance share: how much of the spread of revenue the input causes on its own \
            (first-order variance index, 0–100%), ± its Monte Carlo error.

            Paths: channels.NAME.uncertainty|spend|leads|leads.MONTH|cost_per_lead|max_leads|\
            half_spend|slope, funnel.stages.NAME.rate, funnel.deal_size, pipeline.win_rate.STAGE, \
            pipeline.slip, capacity.opportunities_per_rep_month|attrition_monthly, \
            recurring.starting_mrr|churn_monthly, target. More in docs/decisions.md.
            """)

    @Argument(help: "The scenario file (.yaml).")
    var file: String

    @Option(name: .customLong("include"), help: "A fixed input to add to the tornado (repeatable), e.g. channels.paid_search.spend.")
    var includes: [String] = []

    @Option(help: "How far included fixed inputs move each way, e.g. 20% or 0.2.")
    var swing: String = "20%"

    @OptionGroup var options: RunOptions

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Also write a self-contained HTML report with the tornado charts to this file.")
    var report: String?

    func validate() throws {
        _ = try Self.share(swing)
        if format == .csv { throw ValidationError("--format csv is not available for sensitivity; use text or json.") }
    }

    /// `"20%"` → 0.2, `"0.2"` → 0.2.
    static func share(_ text: String) throws -> Double {
        let trimmed = text.trimmingSpaces()
        let isPercent = trimmed.hasSuffix("%")
        guard let number = Double(isPercent ? String(trimmed.dropLast()) : trimmed), number.isFinite else {
            throw ValidationError("--swing is a share such as 20% or 0.2; found '\(text)'.")
        }
        let share = isPercent ? number / 100 : number
        guard share > 0 && share < 1 else { throw ValidationError("--swing must be between 0% and 100%; found '\(text)'.") }
        return share
    }

    func run() throws {
        let scenario = try ScenarioLoader.load(file)
        let include = try includes.map { path throws(SimulationError) in try PlanInput(path: path, in: scenario.base) }
        let analysis = try SensitivityAnalysis(plan: scenario.base, include: include, swing: try Self.share(swing))
        let settings = options.settings(for: scenario)
        let reportFile = try report.map(HTMLReportFile.init(path:))
        let progress = ProgressBar()
        let result = try analysis.run(settings, progress: { progress.update($0.fraction, label: "\($0.trialsDone) of \($0.trialsPlanned) runs") })
        progress.finish()
        var output = ""
        switch format {
        case .json: try DecisionJSONReport.write(result, currency: scenario.currency, to: &output)
        case .text, .csv: SensitivityTextReport(result, currency: scenario.currency).write(to: &output)
        }
        print(output, terminator: "")
        try reportFile?.write { stream in
            SensitivityHTMLReport(result, currency: scenario.currency, provenance: HTMLReportFile.provenance(source: file)).write(to: &stream)
        }
    }
}
