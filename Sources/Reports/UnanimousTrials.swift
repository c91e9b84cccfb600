import Foundation

/// What to say when every Monte Carlo trial agreed — none reached the target, or all did —
/// so the estimate is 0 or 1 and its binomial standard error √(p(1 − p)/n) is 0, which would
/// read as certainty. What the trials do support is a bound: with no success in n
/// independent trials, the exact one-sided 95% upper bound on p is 1 − 0.05^{1/n}
/// (Clopper & Pearson, Biometrika 26, 1934), about 3/n — the "rule of three" (Hanley &
/// Lippman-Hand, JAMA 249, 1983); with n successes, 1 minus that is the lower bound.
enum UnanimousTrials {
    static let confidence = 0.95

    /// The exact bound on the rarer outcome's probability when none of `trials` showed it.
    /// - Precondition: `trials ≥ 1`.
    static func bound(trials: Int) -> Double {
        precondition(trials >= 1, "a bound needs at least one trial")
        // −expm1(ln(1 − c)/n) is 1 − (1 − c)^{1/n} without the cancellation of 1 − pow
        // when n is large.
        return -expm1(log(1 - confidence) / Double(trials))
    }

    /// "no path of 10,000 reached it: below 0.03% at 95% confidence" for an estimate of 0,
    /// the mirror sentence for 1, nil for anything in between (the standard error says it).
    /// - Parameter trial: what one trial is called ("trial", "path").
    static func sentence(probability: Double, trials: Int, trial: String) -> String? {
        guard trials >= 1, probability == 0 || probability == 1 else { return nil }
        let count = NumberText.grouped(Double(trials))
        let bound = percent(bound(trials: trials))
        let level = "\(Int(confidence * 100))% confidence"
        return probability == 0
            ? "no \(trial) of \(count) reached it: below \(bound) at \(level)"
            : "every \(trial) of \(count) reached it: the chance of missing is below \(bound) at \(level)"
    }

    /// Two significant digits rounded up, so the bound stays a bound and 0.0003 does not
    /// print as 0.0%; trailing zeros dropped (0.0299…% → "0.03%", 2.95% → "3%").
    static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        guard value > 0 else { return "0%" }
        let decimals = max(0, 1 - Int(floor(log10(value))))
        let scale = pow(10, Double(decimals))
        var text = String(format: "%.\(decimals)f", (value * scale).rounded(.up) / scale)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text + "%"
    }
}
