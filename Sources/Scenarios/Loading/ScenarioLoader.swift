import Foundation
import Simulation

/// Loads scenario files: parses YAML, resolves `extends`, loads referenced CSV files,
/// validates everything and maps it to `Plan` values, reporting every problem at once.
///
/// ```swift
/// let scenario = try ScenarioLoader.load("Scenarios/q3-plan.yaml")
/// ```
public enum ScenarioLoader {
    /// Loads a scenario named by a file URL; messages show `url.relativePath`, so a URL made
    /// from a relative path shows that path.
    public static func load(
        _ url: URL, files: any ScenarioFileSystem = LocalFileSystem()
    ) throws(ScenarioDiagnostics) -> LoadedScenario {
        try load(url.relativePath, files: files)
    }

    /// Loads the scenario at `path` (relative to the current directory or absolute).
    ///
    /// - Parameters:
    ///   - path: the file, shown as given in messages; files it references are resolved
    ///     relative to it.
    ///   - files: where files are read from (the disk by default).
    /// - Returns: the base plan, one plan per strategy, run settings, expectations and the
    ///   `optimize:` settings.
    /// - Throws: `ScenarioDiagnostics` with every problem found, in file order, each with
    ///   its file, line, column and key path.
    public static func load(
        _ path: String, files: any ScenarioFileSystem = LocalFileSystem()
    ) throws(ScenarioDiagnostics) -> LoadedScenario {
        var decoder = ScenarioDecoder(files: files)
        let scenario = document(path, &decoder).flatMap { decode($0, file: path, &decoder) }
        let errors = decoder.errors.deduplicatedInFileOrder()
        guard let scenario, errors.isEmpty else {
            throw ScenarioDiagnostics(file: path, errors: errors.isEmpty ? [unexplained(path)] : errors)
        }
        return scenario
    }

    /// A failure that left no message; decoding always reports why it fails, so this only
    /// guards the contract that a thrown `ScenarioDiagnostics` is never empty.
    private static func unexplained(_ path: String) -> ScenarioError {
        ScenarioError(location: .start(of: path), keyPath: "", message: "the scenario could not be loaded")
    }

    private static func decode(_ document: ScenarioNode, file: String, _ decoder: inout ScenarioDecoder) -> LoadedScenario? {
        guard decoder.fields(document, "a mapping of scenario keys (scenario, window, target, …)",
                             allowed: ScenarioDecoder.scenarioKeys, required: ScenarioDecoder.requiredScenarioKeys) != nil
        else { return nil }
        let name = document["scenario"].flatMap { decoder.string($0) }
        if let window = document["window"] { decoder.decodeWindow(window) }
        let currency = document["currency"].flatMap { decoder.string($0) }
        let trials = document["trials"].flatMap { decoder.integer($0, "trials", minimum: 1) }
        let seed = document["seed"].flatMap { decoder.seed($0) }
        let base = decoder.plan(document, name: name ?? "")
        let strategies = document["strategies"].map { decoder.strategies($0, over: document) } ?? []
        let strategyNames = document["strategies"]?.items?.compactMap { $0["name"]?.scalar?.text } ?? []
        let expectations = document["expect"].map { decoder.expectations($0, strategies: strategyNames) } ?? []
        let optimize = document["optimize"].flatMap { decoder.optimizeSettings($0, channels: document["channels"]) }
        guard let name, let base, !name.isEmpty else { return nil }
        for plan in [base] + strategies { engineCheck(plan, file: file, &decoder) }
        return LoadedScenario(file: file, base: base, strategies: strategies, seed: seed, trials: trials,
                              currency: currency, expectations: expectations, optimize: optimize)
    }

    /// Reports anything the engine would still reject. The decoder checks every rule first
    /// with a located message, so this only catches a rule added to the engine and not yet
    /// to the file format, before `simulate` would fail on it.
    private static func engineCheck(_ plan: Plan, file: String, _ decoder: inout ScenarioDecoder) {
        do throws(SimulationError) {
            _ = try Simulator(plan: plan)
        } catch {
            for problem in error.problems {
                decoder.report(at: .start(of: file), path: problem.path,
                               "the simulator rejects plan '\(plan.name)': expected \(problem.expected), found \(problem.found)")
            }
        }
    }
}
