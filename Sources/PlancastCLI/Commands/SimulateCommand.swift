import ArgumentParser
import Foundation
import Reports
import Scenarios
import Simulation

/// `plancast simulate FILE`: the probability of hitting the target, the spread of outcomes,
/// and where revenue comes from.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a scenario: the chance of hitting the target and the range of outcomes.",
        discussion: """
            Each trial is one possible quarter: uncertain inputs are drawn once, leads arrive, \
            move through the funnel, close after their lag with their own deal size, open deals \
            win or slip, and recurring revenue churns. The numbers are over all trials; "±" is \
            the Monte Carlo standard error (how much the number would move with another seed).

            P(hit target): share of trials whose window revenue reaches the target.
            Mean revenue, standard deviation: the average outcome and its typical spread.
            Expected shortfall: how far below the target revenue lands, on average, when it misses.
            New deals won: deals won from the window's leads, including those closing later.
            Revenue percentiles: P10 is the revenue 10% of trials fall below (a bad quarter), \
            P50 the middle, P90 a good quarter; "of target" divides by the target.
            By month: revenue closing each month (P10/P50/P90), cumulative revenue against the \
            target path (monthly targets summed, or the window target spread evenly), and the \
            share of trials on track at each month end.
            Where revenue comes from: mean revenue per channel, the open pipeline and recurring \
            revenue, and each one's share of revenue that counts toward the target.
            Funnel: mean leads, opportunities, opportunities lost because the team was full, \
            deals won, and won deals closing after the window (not counted).
            Marketing: spend, CAC = spend per new deal (all channels), ROI = (revenue from \
            channels with spend − spend) / spend, with P10/P50/P90 across trials.

            The seed and trial count printed reproduce the run exactly on any number of \
            threads. --trials-out writes one CSV row per trial with revenue by source and \
            month. More in docs/simulate.md.
            """)

    @Argument(help: "The scenario file (.yaml).")
    var file: String

    @OptionGroup var options: RunOptions

    @Option(help: "Output format: text, json or csv.")
    var format: ReportFormat = .text

    @Option(name: .customLong("trials-out"), help: "Also write every trial's revenue by source and month to this CSV file.")
    var trialsOut: String?

    @Option(help: "Also write a self-contained HTML report with charts to this file.")
    var report: String?

    func run() throws {
        let scenario = try ScenarioLoader.load(file)
        let settings = options.settings(for: scenario)
        let simulator = try Simulator(plan: scenario.base)
        let progress = ProgressBar()
        let trialFile = try trialsOut.map(FileOutputStream.init(path:))
        let reportFile = try report.map(HTMLReportFile.init(path:))
        var rowWriter = TrialRowsCSVWriter(target: scenario.base.target.total, window: scenario.base.window)
        let result = try simulator.run(
            settings,
            progress: { progress.update($0.fraction, label: "\($0.trialsDone) trials") },
            trialRows: trialFile.map { file in
                { block in
                    var stream = file
                    rowWriter.write(block, to: &stream)
                }
            })
        progress.finish()
        try trialFile?.close()
        var output = ""
        switch format {
        case .text: SimulationTextReport(result, currency: scenario.currency).write(to: &output)
        case .json: try SimulationJSONReport.write(result, currency: scenario.currency, to: &output)
        case .csv: SimulationCSVReport.write(result, to: &output)
        }
        print(output, terminator: "")
        try reportFile?.write { stream in
            SimulationHTMLReport(result, currency: scenario.currency, provenance: HTMLReportFile.provenance(source: file)).write(to: &stream)
        }
    }
}
