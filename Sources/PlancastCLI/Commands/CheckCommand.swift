import ArgumentParser
import Foundation
import Scenarios

/// `plancast check FILE…`: validates scenario files and prints every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario files and print every problem with its file, line and column.",
        discussion: """
            Parses each file, resolves `extends`, loads every CSV file it references and \
            validates all of it, printing every problem (not just the first) as \
            `file:line:column: key.path: message`. A folder checks every .yaml file under it.
            With --history or --deals (or a scenario's own history: file), each assumption \
            is compared with history and a warning printed, with the evidence, when it lies \
            outside history's 95% interval or spends beyond any month observed: stage rates, \
            the sales cycle's mean (Kaplan–Meier, from --deals), deal size and the pipeline's \
            slip (from --deals with expected close dates). Each key is compared with the same \
            estimate plancast estimate writes, so a starter scenario checks clean.
            Exit status: 0 when every file is valid, 1 when any is not (or, with --strict, \
            when any warning is printed).
            """
    )

    /// How diagnostics are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "Scenario files or folders of them.")
    var paths: [String]

    @Option(help: "Output format: text, or json (machine-readable diagnostics).")
    var format: Format = .text

    @Option(help: "Monthly history to check assumptions against (default: each scenario's history: file).")
    var history: String?

    @Option(help: "A deal export to check win rate, sales cycle, deal size and slip against (see plancast estimate).")
    var deals: String?

    @OptionGroup var columns: DealColumnOptions

    @Flag(help: "Treat reality-check warnings as errors (exit status 1).")
    var strict = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one scenario file or folder.") }
    }

    func run() throws {
        let files = ScenarioDiscovery.scenarioFiles(in: paths)
        let check = RealityCheck(
            deals: try deals.map { try DealExport.load(contentsOf: URL(fileURLWithPath: $0), options: columns.exportOptions) },
            history: try history.map { try HistoryTable.load(contentsOf: URL(fileURLWithPath: $0), options: HistoryOptions(slashDates: columns.dateOrder.slashDates)) })
        let results = try files.map { file in
            let outcome = Result { () throws(ScenarioDiagnostics) in try ScenarioLoader.load(file) }
            var warnings: [ScenarioError] = []
            if case .success(let scenario) = outcome { warnings = try check.warnings(for: scenario) }
            return CheckResult(file: file, outcome: outcome, warnings: warnings, strict: strict)
        }
        switch format {
        case .text: print(CheckResult.text(results), terminator: "")
        case .json: print(try CheckResult.json(results))
        }
        if results.contains(where: { !$0.isValid }) || results.isEmpty { throw ExitCode(1) }
    }
}
