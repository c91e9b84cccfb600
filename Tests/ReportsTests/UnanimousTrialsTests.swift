import Foundation
@testable import Reports
import Testing

@Suite("Unanimous trials")
struct UnanimousTrialsTests {
    /// The bound b solves (1 − b)^n = 0.05 exactly (no success in n trials has probability
    /// 5% when p = b); checked to 1e-12, rounding in `pow` and `log` being far smaller.
    /// Since 1 − e^(−x) < x, b = 1 − e^(−ln 20 / n) is below ln 20 / n = 2.9957/n < 3/n for
    /// every n, and approaches it for large n (the rule of three).
    @Test("the bound is the exact Clopper–Pearson one, under 3/n and near it for many trials", arguments: [1, 20, 2_000, 10_000])
    func bound(trials: Int) {
        let bound = UnanimousTrials.bound(trials: trials)
        #expect(abs(pow(1 - bound, Double(trials)) - 0.05) < 1e-12)
        #expect(bound < 3 / Double(trials))
        if trials >= 2_000 { #expect(bound > 2.99 / Double(trials)) }
    }

    @Test("bounds print with two significant digits rounded up, trailing zeros dropped",
          arguments: [(0.000299528, "0.03%"), (0.0014967, "0.15%"), (0.0295, "3%"), (0.95, "95%"), (0.1391, "14%")])
    func percent(fraction: Double, text: String) {
        #expect(UnanimousTrials.percent(fraction) == text)
    }

    @Test("a sentence only when every trial agreed")
    func sentence() {
        #expect(UnanimousTrials.sentence(probability: 0, trials: 10_000, trial: "path")
            == "no path of 10,000 reached it: below 0.03% at 95% confidence")
        #expect(UnanimousTrials.sentence(probability: 1, trials: 2_000, trial: "trial")
            == "every trial of 2,000 reached it: the chance of missing is below 0.15% at 95% confidence")
        #expect(UnanimousTrials.sentence(probability: 0.5, trials: 2_000, trial: "trial") == nil)
        #expect(UnanimousTrials.sentence(probability: 0, trials: 0, trial: "trial") == nil)
    }
}
