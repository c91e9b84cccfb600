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
            Exit status: 0 when every file is valid, 1 when any is not.
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

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one scenario file or folder.") }
    }

    func run() throws {
        let files = ScenarioDiscovery.scenarioFiles(in: paths)
        let results = files.map { file in
            CheckResult(file: file, outcome: Result { () throws(ScenarioDiagnostics) in try ScenarioLoader.load(file) })
        }
        switch format {
        case .text: print(CheckResult.text(results), terminator: "")
        case .json: print(try CheckResult.json(results))
        }
        if results.contains(where: { !$0.isValid }) || results.isEmpty { throw ExitCode(1) }
    }
}
