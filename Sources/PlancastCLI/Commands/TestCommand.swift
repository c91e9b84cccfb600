import ArgumentParser
import Foundation
import Scenarios
import Simulation

/// `plancast test [PATH…]`: simulates every scenario with `expect:` checks and checks them.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Simulate every scenario that has expect: checks and check each one, like a test suite.",
        discussion: """
            Each check prints one line with the estimate and its Monte Carlo standard error, \
            e.g. `PASS Scenarios/q3-plan.yaml p_hit = 0.62 ± 0.0015 (≥ 0.5)`. A check whose \
            estimate is within 2 standard errors of its bound is MARGINAL: another seed could \
            flip it, so the line suggests a trial count that would settle it. Files that do \
            not load are reported like `plancast check` does.
            Exit status: 0 when no check fails, 1 when any check fails or any file is invalid.
            """
    )

    @Argument(help: "Scenario files or folders of them.")
    var paths: [String] = ["Scenarios"]

    @Option(help: "Trials per simulation (overrides the files' trials:).")
    var trials: Int?

    @Option(help: "Random seed (overrides the files' seed:; drawn and printed when neither is given).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int = SimulationSettings.defaultThreads

    @Option(name: .customLong("junit"), help: "Also write the results as JUnit XML to this file, for CI systems.")
    var junitFile: String?

    func validate() throws {
        if let trials, trials < 1 { throw ValidationError("--trials must be at least 1.") }
        if threads < 1 { throw ValidationError("--threads must be at least 1.") }
    }

    func run() throws {
        var suites: [TestSuiteResult] = []
        // Drawn once, so every file without its own seed replays with one --seed.
        let drawnSeed = UInt64.random(in: 0...UInt64.max)
        for file in ScenarioDiscovery.scenarioFiles(in: paths) {
            let suite: TestSuiteResult
            do {
                let scenario = try ScenarioLoader.load(file)
                guard !scenario.expectations.isEmpty else { continue }
                suite = try runChecks(scenario, drawnSeed: drawnSeed)
            } catch let diagnostics as ScenarioDiagnostics {
                suite = TestSuiteResult(file: file, seed: nil, trials: nil, checks: [], problems: diagnostics.errors.map(\.description))
            }
            print(suite.text, terminator: "")
            suites.append(suite)
        }
        print(TestSuiteResult.summary(suites))
        if let junitFile {
            try Data(TestSuiteResult.junit(suites).utf8).write(to: URL(fileURLWithPath: junitFile))
        }
        if suites.contains(where: \.failed) { throw ExitCode(1) }
    }

    /// Simulates the base and each strategy a check names (same seed: common random numbers).
    private func runChecks(_ scenario: LoadedScenario, drawnSeed: UInt64) throws -> TestSuiteResult {
        let settings = SimulationSettings(
            trials: trials ?? scenario.trials ?? SimulationSettings.defaultTrials,
            seed: seed ?? scenario.seed ?? drawnSeed, threads: threads)
        var results: [String?: SimulationResult] = [:]
        var checks: [ExpectationOutcome] = []
        var problems: [String] = []
        for expectation in scenario.expectations {
            guard let plan = scenario.plan(named: expectation.strategy) else { continue }
            if results[expectation.strategy] == nil {
                do throws(SimulationError) {
                    results[expectation.strategy] = try Simulator(plan: plan).run(settings)
                } catch {
                    problems.append("\(scenario.file): cannot simulate '\(plan.name)': \(error)")
                    continue
                }
            }
            guard let result = results[expectation.strategy] else { continue }
            checks.append(ExpectationOutcome(expectation: expectation, estimate: result.estimate(expectation.metric), trials: result.trials))
        }
        return TestSuiteResult(file: scenario.file, seed: settings.seed, trials: settings.trials, checks: checks, problems: problems)
    }
}
