import ArgumentParser
import Foundation
import Reports
import Scenarios
import Simulation

/// `plancast solve FILE --vary PATH --probability 0.8`: what it takes to be that sure.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Find the value of one input that gives the chance of hitting the target you ask for.",
        discussion: """
            Tries values of --vary between --min and --max, narrowing the range each time \
            (regula falsi; halving for whole numbers), every time on the same seed and trials so \
            that only the input changes. It stops when P(hit) is within its standard error of \
            --probability or the range is 0.1% of where it started. \
            It reports the smallest value that reaches --probability (with --direction down, \
            the largest: for inputs where more is worse, such as cost per lead), the P(hit) \
            reached ± its standard error, and says plainly when no value in the range reaches it.

            What is varied: for channels.NAME.spend, the channel's total spend over the \
            window, months keeping their proportions (range 0 to 10 × today's); for \
            funnel.stages.NAME.rate, the stage's average rate, keeping its spread (range 0–1); \
            for capacity.hires, reps hired at the start of the window (whole numbers, 0–50); \
            for target, the target you can reach with that chance (the revenue exceeded in that \
            share of trials) ± its standard error, read directly from one simulation.

            Any other input path of `plancast sensitivity --help` works too (its average is moved). \
            More in docs/decisions.md.
            """)

    @Argument(help: "The scenario file (.yaml).")
    var file: String

    @Option(help: "The input to vary, e.g. channels.paid_search.spend or funnel.stages.won.rate.")
    var vary: String

    @Option(help: "The chance of hitting the target to reach, e.g. 0.8.")
    var probability: Double

    @Option(help: "up: P(hit) rises with the value (find the smallest); down: it falls (find the largest).")
    var direction: GoalSeek.Direction = .up

    @Option(help: "Lower end of the range searched.")
    var min: Double?

    @Option(help: "Upper end of the range searched.")
    var max: Double?

    @OptionGroup var options: RunOptions

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        if !(probability > 0 && probability < 1) { throw ValidationError("--probability is a chance between 0 and 1, e.g. 0.8; found \(probability).") }
        if format == .csv { throw ValidationError("--format csv is not available for solve; use text or json.") }
    }

    func run() throws {
        let scenario = try ScenarioLoader.load(file)
        let input = try PlanInput(path: vary, in: scenario.base)
        let seek = try GoalSeek(plan: scenario.base, input: input, probability: probability, direction: direction, minimum: min, maximum: max)
        let settings = options.settings(for: scenario)
        let progress = ProgressBar()
        let result = try seek.run(settings, progress: { progress.update($0.fraction, label: "\($0.trialsDone) runs") })
        progress.finish()
        var output = ""
        switch format {
        case .json: try DecisionJSONReport.write(result, currency: scenario.currency, to: &output)
        case .text, .csv: GoalSeekTextReport(result, target: scenario.base.target.total, currency: scenario.currency).write(to: &output)
        }
        print(output, terminator: "")
    }
}

extension GoalSeek.Direction: ExpressibleByArgument {}
