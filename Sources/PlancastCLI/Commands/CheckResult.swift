import Foundation
import Scenarios

/// The outcome of checking one scenario file, and its text and JSON forms.
struct CheckResult: Encodable {
    let file: String
    let outcome: Result<LoadedScenario, ScenarioDiagnostics>
    /// Reality-check warnings for a valid file (assumptions outside history's range).
    var warnings: [ScenarioError] = []
    /// Whether warnings count as errors (`--strict`).
    var strict = false

    var isValid: Bool {
        if case .success = outcome { !(strict && !warnings.isEmpty) } else { false }
    }

    var errors: [ScenarioError] {
        if case .failure(let diagnostics) = outcome { diagnostics.errors } else { strict ? warnings : [] }
    }

    private enum CodingKeys: String, CodingKey { case file, valid, errors, warnings }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(isValid, forKey: .valid)
        try container.encode(errors, forKey: .errors)
        try container.encode(strict ? [] : warnings, forKey: .warnings)
    }

    /// One line per problem, an "ok" line per valid file, and a summary.
    static func text(_ results: [CheckResult]) -> String {
        var lines: [String] = []
        for result in results {
            switch result.outcome {
            case .success(let scenario):
                let strategies = scenario.strategies.count
                let checks = scenario.expectations.count
                if result.isValid {
                    lines.append("\(result.file): ok (\(Plural.count(strategies, "strategy", "strategies")), \(Plural.count(checks, "check", "checks")))")
                }
                lines += result.warnings.map(\.description)
            case .failure(let diagnostics):
                lines += diagnostics.errors.map(\.description)
            }
        }
        let invalid = results.filter { !$0.isValid }
        let problems = invalid.reduce(0) { $0 + $1.errors.count }
        let warnings = results.reduce(0) { $0 + $1.warnings.count }
        let warned = warnings > 0 && invalid.isEmpty ? " (\(Plural.count(warnings, "warning", "warnings")))" : ""
        if results.isEmpty {
            lines.append("no scenario files found")
        } else if invalid.isEmpty {
            lines.append("\(Plural.count(results.count, "file", "files")) checked: all valid\(warned)")
        } else {
            lines.append("\(Plural.count(results.count, "file", "files")) checked: \(Plural.count(problems, "problem", "problems")) in \(Plural.count(invalid.count, "file", "files"))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{ "valid": …, "files": [ { "file", "valid", "errors": [ … ] } ] }`, keys sorted.
    static func json(_ results: [CheckResult]) throws -> String {
        struct Report: Encodable {
            let valid: Bool
            let files: [CheckResult]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Report(valid: !results.isEmpty && results.allSatisfy(\.isValid), files: results))
        return String(decoding: data, as: UTF8.self)
    }
}
