import ArgumentParser
import Foundation
import Scenarios
import Simulation

/// The options every simulating command takes: trials, seed, threads, precision.
struct RunOptions: ParsableArguments {
    @Option(help: "Trials to simulate (overrides the file's trials:; default 100,000).")
    var trials: Int?

    @Option(help: "Random seed (overrides the file's seed:; drawn and printed when neither is given).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores). Results never depend on it.")
    var threads: Int = SimulationSettings.defaultThreads

    @Option(help: "Add trials until the standard error of P(hit) is at most this, e.g. 0.005.")
    var precision: Double?

    func validate() throws {
        if let trials, trials < 1 { throw ValidationError("--trials must be at least 1, found \(trials).") }
        if threads < 1 { throw ValidationError("--threads must be at least 1, found \(threads).") }
        if let precision, !(precision > 0 && precision < 0.5) {
            throw ValidationError("--precision is a standard error of P(hit) between 0 and 0.5, e.g. 0.005; found \(precision).")
        }
    }

    /// Settings for `scenario`. A seed drawn because neither the file nor `--seed` gives one
    /// is announced on standard error, so the run can be replayed.
    func settings(for scenario: LoadedScenario) -> SimulationSettings {
        let chosen = seed ?? scenario.seed
        let count = trials ?? scenario.trials ?? SimulationSettings.defaultTrials
        let settings = SimulationSettings(
            trials: count, seed: chosen ?? UInt64.random(in: 0...UInt64.max), threads: threads, precision: precision,
            maximumTrials: max(count, SimulationSettings.defaultMaximumTrials))
        if chosen == nil {
            FileHandle.standardError.write(Data("seed: \(settings.seed) (drawn; pass --seed \(settings.seed) to repeat)\n".utf8))
        }
        return settings
    }
}

/// Output formats of the simulating commands.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, csv
}
