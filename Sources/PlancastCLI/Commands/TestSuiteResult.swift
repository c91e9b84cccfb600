import Foundation
import Scenarios
import Simulation

/// The checks of one scenario file, as `plancast test` prints them and writes them to JUnit.
struct TestSuiteResult {
    let file: String
    /// The seed and trials the simulations used (nil when the file did not load).
    let seed: UInt64?
    let trials: Int?
    let checks: [ExpectationOutcome]
    /// Diagnostics or simulation failures: each makes the suite fail.
    let problems: [String]

    var failed: Bool { !problems.isEmpty || checks.contains { $0.status == .fail } }

    /// One line per check (`PASS file p_hit = 0.62 ± 0.0015 (≥ 0.5)`), problems first.
    var text: String {
        var lines = problems.map { "ERROR \($0)" }
        for check in checks {
            var line = "\(check.status.rawValue) \(file) \(Self.subject(check)) = \(Self.format(check.estimate)) (\(check.expectation.boundsDescription))"
            if let suggested = check.suggestedTrials {
                line += " — within 2 standard errors of the bound; run more trials to settle it, e.g. --trials \(suggested)"
            }
            lines.append(line)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `p_hit`, or `[more paid search] p_hit` for a strategy's check.
    static func subject(_ check: ExpectationOutcome) -> String {
        let metric = check.expectation.metric.rawValue
        return check.expectation.strategy.map { "[\($0)] \(metric)" } ?? metric
    }

    /// The estimate with as many decimals as its standard error warrants (two significant
    /// digits of the error), e.g. `0.6213 ± 0.0015`, `2318450 ± 2100`.
    static func format(_ estimate: Estimate) -> String {
        let maximumDecimals = 6
        guard estimate.value.isFinite else { return "\(estimate.value)" }
        guard estimate.standardError > 0, estimate.standardError.isFinite else {
            return plain(estimate.value, decimals: 4)
        }
        let decimals = min(maximumDecimals, max(0, 1 - Int(log10(estimate.standardError).rounded(.down))))
        return "\(plain(estimate.value, decimals: decimals)) ± \(plain(estimate.standardError, decimals: decimals))"
    }

    /// Fixed-point text without trailing zeros after the point.
    private static func plain(_ value: Double, decimals: Int) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// "12 checks in 3 files: 10 passed, 1 marginal, 1 failed (seed …)".
    static func summary(_ suites: [TestSuiteResult]) -> String {
        let checks = suites.flatMap(\.checks)
        let count = { (status: ExpectationOutcome.Status) in checks.filter { $0.status == status }.count }
        let invalid = suites.filter { !$0.problems.isEmpty }.count
        var text = "\(Plural.count(checks.count, "check", "checks")) in \(Plural.count(suites.count, "file", "files")): "
            + "\(count(.pass)) passed, \(count(.marginal)) marginal, \(count(.fail)) failed"
        if invalid > 0 { text += ", \(Plural.count(invalid, "file", "files")) with errors" }
        let seeds = Set(suites.compactMap(\.seed)).sorted()
        if seeds.count == 1, let seed = seeds.first {
            text += " (seed \(seed); replay with --seed \(seed))"
        } else if !seeds.isEmpty {
            text += " (seeds \(seeds.map(String.init).joined(separator: ", ")); each file's seed replays it)"
        }
        return text
    }
}
