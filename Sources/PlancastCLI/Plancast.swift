import ArgumentParser

/// The `plancast` command: forecasting and Monte Carlo planning for a sales quarter.
public struct Plancast: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "plancast",
        abstract: "How likely are we to hit this quarter's target, and which plan raises that chance most?",
        discussion: """
            Plancast fits seasonal trend models to sales history and simulates the quarter \
            through the sales funnel to report the probability of hitting a revenue target.
            """,
        version: PlancastVersion.current,
        subcommands: [CheckCommand.self, EstimateCommand.self, TestCommand.self, FitCommand.self, SimulateCommand.self, CompareCommand.self, SensitivityCommand.self, SolveCommand.self, OptimizeCommand.self]
    )

    public init() {}
}
