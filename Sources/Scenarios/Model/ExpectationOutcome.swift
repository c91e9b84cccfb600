import Simulation

/// The verdict on one `expect:` check given a simulated estimate.
public struct ExpectationOutcome: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        /// The estimate is within the bounds, more than `marginalStandardErrors` from each.
        case pass = "PASS"
        /// The estimate is within `marginalStandardErrors` standard errors of a bound, so
        /// the verdict could flip with another seed: more trials are needed to tell.
        case marginal = "MARGINAL"
        /// The estimate is outside a bound by more than `marginalStandardErrors`.
        case fail = "FAIL"
    }

    /// Standard errors from a bound within which a check is marginal: an estimate that far
    /// from the bound lands on either side in about 5% of runs (normal approximation).
    public static let marginalStandardErrors = 2.0
    /// Extra trials asked for beyond the computed need, so the suggested run usually settles it.
    static let trialMargin = 1.25

    public var expectation: Expectation
    public var estimate: Estimate
    public var status: Status
    /// For marginal checks: trials that would put the bound `marginalStandardErrors`
    /// standard errors away (standard errors shrink as 1/√trials); nil otherwise.
    public var suggestedTrials: Int?

    /// Judges `estimate` against `expectation`.
    /// - Parameter trials: the trials behind `estimate`, to size the suggestion.
    public init(expectation: Expectation, estimate: Estimate, trials: Int) {
        self.expectation = expectation
        self.estimate = estimate
        let bounds = [expectation.atLeast, expectation.atMost].compactMap { $0 }
        let closest = bounds.map { abs(estimate.value - $0) }.min() ?? .infinity
        let margin = Self.marginalStandardErrors * estimate.standardError
        if estimate.value.isFinite, estimate.standardError > 0, closest <= margin {
            status = .marginal
            let ratio = closest > 0 ? margin / closest : Self.marginalStandardErrors
            let needed = Double(trials) * ratio * ratio * Self.trialMargin
            suggestedTrials = Int(min(needed.rounded(.up), Double(Int32.max)))
        } else {
            status = expectation.holds(for: estimate.value) ? .pass : .fail
            suggestedTrials = nil
        }
    }
}
