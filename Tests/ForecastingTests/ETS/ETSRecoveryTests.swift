import Testing
@testable import Forecasting

/// Parameter recovery: series simulated from known ETS models (by the independent
/// `ETSSimulator`) must give back their parameters.
///
/// Tolerances are about three root-mean-square errors of the estimator, measured over 40
/// seeds per case in a release build (n = 200 non-seasonal, 240 monthly). RMSEs found: α
/// 0.04–0.07 (0.10 for AAdN), β 0.006–0.023 (0.05 for AAdN, where β and φ trade off), φ 0.05,
/// γ 0.09 (the MLE of γ piles up at its lower bound in some samples, a known finite-sample
/// property, not an optimiser failure: five times the evaluation budget gave the same
/// estimates), σ 5% relative. Every β lies inside the search region, β ≤ 0.2/m
/// (`ETSObjective.slopeSmoothingLimit(seasonalPeriod:)`): 0.01 for the monthly cases.
struct ETSRecoveryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let simulator: ETSSimulator
        let count: Int
        let alphaTolerance: Double
        let betaTolerance: Double
        var testDescription: String { simulator.form.description }
    }

    static let monthlyIndices = [0.80, 0.85, 0.95, 1.0, 1.05, 1.1, 1.25, 1.2, 1.0, 0.95, 0.9, 0.95]
    static let monthlyOffsets = monthlyIndices.map { ($0 - 1) * 200 }

    static let cases: [Case] = [
        Case(simulator: ETSSimulator(form: ETSForm(error: .additive, trend: .none, season: .none),
                                     alpha: 0.3, sigma: 10, level: 1000),
             count: 200, alphaTolerance: 0.15, betaTolerance: 0),
        Case(simulator: ETSSimulator(form: ETSForm(error: .additive, trend: .additive, season: .none),
                                     alpha: 0.4, beta: 0.1, sigma: 10, level: 1000, slope: 5),
             count: 200, alphaTolerance: 0.2, betaTolerance: 0.07),
        Case(simulator: ETSSimulator(form: ETSForm(error: .additive, trend: .damped, season: .none),
                                     alpha: 0.5, beta: 0.2, phi: 0.85, sigma: 10, level: 1000, slope: 20),
             count: 200, alphaTolerance: 0.3, betaTolerance: 0.22),
        Case(simulator: ETSSimulator(form: ETSForm(error: .additive, trend: .additive, season: .additive),
                                     alpha: 0.2, beta: 0.01, gamma: 0.3, sigma: 10, level: 1000, slope: 2,
                                     seasonal: monthlyOffsets),
             count: 240, alphaTolerance: 0.15, betaTolerance: 0.02),
        Case(simulator: ETSSimulator(form: ETSForm(error: .multiplicative, trend: .additive, season: .multiplicative),
                                     alpha: 0.2, beta: 0.01, gamma: 0.3, sigma: 0.02, level: 2000, slope: 2,
                                     seasonal: monthlyIndices),
             count: 240, alphaTolerance: 0.15, betaTolerance: 0.02),
        Case(simulator: ETSSimulator(form: ETSForm(error: .multiplicative, trend: .none, season: .multiplicative),
                                     alpha: 0.2, gamma: 0.3, sigma: 0.02, level: 2000, seasonal: monthlyIndices),
             count: 240, alphaTolerance: 0.15, betaTolerance: 0),
    ]
    static let gammaTolerance = 0.25
    static let phiTolerance = 0.12
    static let sigmaRelativeTolerance = 0.15

    @Test("estimates recover the simulating parameters", arguments: cases, [1, 2] as [UInt64])
    func recovery(_ testCase: Case, seed: UInt64) throws {
        let truth = testCase.simulator
        let fitted = try ETS(truth.form).fit(truth.series(count: testCase.count, seed: seed))
        let p = fitted.parameters
        #expect(abs(p.alpha - truth.alpha) <= testCase.alphaTolerance, "α \(p.alpha)")
        if truth.form.hasTrend { #expect(abs(p.beta! - truth.beta) <= testCase.betaTolerance, "β \(p.beta!)") }
        if truth.form.hasSeason { #expect(abs(p.gamma! - truth.gamma) <= Self.gammaTolerance, "γ \(p.gamma!)") }
        if truth.form.trend == .damped { #expect(abs(p.phi! - truth.phi) <= Self.phiTolerance, "φ \(p.phi!)") }
        #expect(abs(fitted.sigma2.squareRoot() / truth.sigma - 1) <= Self.sigmaRelativeTolerance, "σ² \(fitted.sigma2)")
    }

    /// A clearly seasonal, trending multiplicative series must not be explained by a
    /// non-seasonal or additive-error model: AICc differences of this size are decisive.
    @Test("automatic selection finds multiplicative seasonality")
    func selection() throws {
        let truth = Self.cases[4].simulator
        let fitted = try ETS().fit(truth.series(count: 240, seed: 1))
        #expect(fitted.form.season == .multiplicative)
        #expect(fitted.form.error == .multiplicative)
        #expect(fitted.candidates.first?.form == fitted.form)
    }
}
