import RealModule
import Statistics

/// Specification of the spend-response fit: cost per lead always, and a Hill curve with
/// geometric carry-over (`HillAdstock`) when the data can identify it.
///
/// The curve is fitted by least squares over (V, H, k, θ) (the Gaussian maximum likelihood;
/// with Poisson-like counts it is unbiased but not efficient). V and the optional baseline are
/// solved exactly for each shape (`HillAdstockObjective`); (ln H, ln k, θ) are searched by
/// box-constrained Nelder–Mead from a 3 × 3 grid of starts over θ and H, then restarted once
/// from the best point (a restart guards against a collapsed simplex; Lagarias et al. 1998).
///
/// The curve is used only when it is identified:
/// 1. spend varies: coefficient of variation ≥ `minimumVariation` (a spend held within ±20% of
///    its mean traces too short a stretch of the curve to tell its bend from noise);
/// 2. the half spend is not at the edge of the search box;
/// 3. the profile likelihood pins H within a factor `profileFactor` either way
///    (`HalfSpendProfile`); a curve whose bend lies beyond the spend ever observed fails this,
///    as it should (its ceiling would be pure extrapolation).
/// Otherwise the verdict is cost per lead, and the reason says which test failed.
public struct SpendResponse: Sendable, Equatable {
    /// Whether to fit a baseline b ≥ 0 of leads that arrive without this channel's spend.
    public var includesBaseline: Bool
    public var minimumVariation: Double
    public var profileFactor: Double
    /// Fewest periods for a curve: three per searched or solved parameter.
    public static let minimumPeriods = 12

    public init(includesBaseline: Bool = false, minimumVariation: Double = 0.2, profileFactor: Double = 2) {
        self.includesBaseline = includesBaseline
        self.minimumVariation = minimumVariation
        self.profileFactor = profileFactor
    }

    /// Search box: H/mean(spend) in [0.01, 100], k in [0.3, 5], θ in [0, 0.9].
    static let logHalfSpendRange = Double.log(0.01)...Double.log(100)
    static let logSlopeRange = Double.log(0.3)...Double.log(5)
    static let carryoverRange = 0.0...0.9
    /// Relative tolerance on the scaled residual sum of squares.
    static let tolerance = 1e-10
    static let maxEvaluations = 2_000

    /// Estimates the response of `leads` to `spend` (same periods, same order).
    /// - Throws: `FitError` for mismatched lengths, fewer than 2 periods, negative or
    ///   non-finite values, no leads at all, or a bad specification.
    /// - Complexity: O(n) per evaluation, a few thousand evaluations.
    public func fit(spend: [Double], leads: [Double]) throws(FitError) -> SpendResponseEstimate {
        guard minimumVariation >= 0 && minimumVariation.isFinite && profileFactor > 1 && profileFactor.isFinite else {
            throw FitError(model: "spend response",
                           reason: "minimum variation \(minimumVariation) must be ≥ 0 and profile factor \(profileFactor) above 1")
        }
        let costPerLead = try CostPerLead(spend: spend, leads: leads)
        let meanSpend = Descriptive.mean(spend)
        let variation = meanSpend > 0 ? Descriptive.standardDeviation(spend) / meanSpend : 0
        func fallback(_ reason: String) -> SpendResponseEstimate {
            SpendResponseEstimate(costPerLead: costPerLead, spendVariation: variation, curve: nil, baseline: 0,
                                  residualStandardError: nil, profile: nil, choice: .costPerLead, reason: reason)
        }
        guard spend.count >= Self.minimumPeriods else {
            return fallback("only \(spend.count) periods; a response curve needs at least \(Self.minimumPeriods): using cost per lead")
        }
        guard variation >= minimumVariation else {
            return fallback("spend barely varies (coefficient of variation \(Self.format(variation)) < \(Self.format(minimumVariation))), so diminishing returns cannot be identified: using cost per lead")
        }
        return try fitCurve(spend: spend, leads: leads, costPerLead: costPerLead, variation: variation)
    }

    static func format(_ value: Double) -> String {
        let scale = 1000.0
        return "\((value * scale).rounded() / scale)"
    }
}
