import Statistics
import Testing
@testable import Forecasting

/// The `FittedModel` contract for ETS: shapes, ordered and widening intervals, sample paths
/// whose mean matches the forecast mean, and reproducibility for a seed.
struct ETSContractTests {
    static let forms: [ETSForm] = [
        ETSForm(error: .additive, trend: .none, season: .none),
        ETSForm(error: .additive, trend: .damped, season: .none),
        ETSForm(error: .multiplicative, trend: .additive, season: .none),
        ETSForm(error: .additive, trend: .additive, season: .additive),
        ETSForm(error: .multiplicative, trend: .none, season: .additive),
        ETSForm(error: .multiplicative, trend: .damped, season: .multiplicative),
    ]
    static let horizon = 12
    static let levels = [0.8, 0.95]

    static func fitted(_ form: ETSForm) throws -> FittedETS {
        try ETS(form).fit(form.hasSeason ? Wineind.monthly : Wineind.firstFiveYears)
    }

    @Test("shapes, ordering and widening", arguments: forms)
    func forecastShape(_ form: ETSForm) throws {
        let model = try Self.fitted(form)
        #expect(model.form == form)
        #expect(model.fittedValues.count == (form.hasSeason ? Wineind.values.count : 60))
        #expect(model.summary.hasPrefix(form.description))
        let forecast = model.forecast(horizon: Self.horizon, levels: Self.levels)
        #expect(forecast.mean.count == Self.horizon)
        #expect(forecast.intervals.map(\.level) == Self.levels)
        let (inner, outer) = (forecast.intervals[0], forecast.intervals[1])
        for h in 0..<Self.horizon {
            #expect(outer.lower[h] <= inner.lower[h] && inner.lower[h] < forecast.mean[h])
            #expect(forecast.mean[h] < inner.upper[h] && inner.upper[h] <= outer.upper[h])
        }
        let width = (0..<Self.horizon).map { outer.upper[$0] - outer.lower[$0] }
        if form.isClassOne {
            // Class 1 variances are cumulative sums of non-negative terms.
            for h in 1..<Self.horizon { #expect(width[h] >= width[h - 1]) }
        } else {
            // Multiplicative parts scale the spread with the level and season, so compare
            // the width relative to the mean a year apart.
            #expect(width[Self.horizon - 1] / forecast.mean[Self.horizon - 1] > width[0] / forecast.mean[0])
        }
    }

    /// 4,000 paths; the standard error of the path mean at h is sd_h/√4000, and we allow
    /// 5 standard errors (the forecast mean is the exact conditional mean for h ≤ m).
    @Test("sample paths average to the forecast mean", arguments: forms)
    func simulationMean(_ form: ETSForm) throws {
        let model = try Self.fitted(form)
        let paths = 4_000
        let simulated = model.simulate(horizon: Self.horizon, paths: paths, seed: 17)
        let forecast = model.forecast(horizon: Self.horizon, levels: [0.95])
        for h in 0..<Self.horizon {
            let column = simulated.map { $0[h] }
            let mean = column.reduce(0, +) / Double(paths)
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(paths - 1)
            let standardError = (variance / Double(paths)).squareRoot()
            #expect(abs(mean - forecast.mean[h]) <= 5 * standardError, "h=\(h + 1): \(mean) vs \(forecast.mean[h])")
        }
    }

    /// Class 1: the simulated variance must match σ²(1 + Σc_j²). The sample variance of 4,000
    /// normal draws has relative standard error √(2/3999) ≈ 2.2%; we allow 5 of them (11%).
    @Test("simulated spread matches the analytic variance of linear models",
          arguments: forms.filter(\.isClassOne))
    func simulationVariance(_ form: ETSForm) throws {
        let model = try Self.fitted(form)
        let paths = 4_000
        let simulated = model.simulate(horizon: Self.horizon, paths: paths, seed: 5)
        let analytic = model.analyticVariances(means: model.pointForecasts(horizon: Self.horizon))
        for h in [0, 5, Self.horizon - 1] {
            let column = simulated.map { $0[h] }
            let mean = column.reduce(0, +) / Double(paths)
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(paths - 1)
            #expect(abs(variance / analytic[h] - 1) <= 5 * (2.0 / Double(paths - 1)).squareRoot())
        }
    }

    @Test("same seed gives the same paths, another seed different ones")
    func deterministic() throws {
        let model = try Self.fitted(ETSForm(error: .multiplicative, trend: .damped, season: .multiplicative))
        let first = model.simulate(horizon: 6, paths: 20, seed: 3)
        #expect(first == model.simulate(horizon: 6, paths: 20, seed: 3))
        #expect(first != model.simulate(horizon: 6, paths: 20, seed: 4))
        #expect(model.forecast(horizon: 6, levels: [0.9]) == model.forecast(horizon: 6, levels: [0.9]))
        var rng = RandomStream(seed: 3, trial: 7)
        #expect(model.samplePath(horizon: 6, using: &rng) == first[7])
    }

    /// Doubling the variance multiplies analytic interval half-widths by √2 exactly.
    @Test("variance inflation widens intervals by its square root")
    func inflation() throws {
        let form = ETSForm(error: .additive, trend: .damped, season: .none)
        let plain = try ETS(form).fit(Wineind.firstFiveYears).forecast(horizon: 6, levels: [0.8])
        let wide = try ETS(form, varianceInflation: 2).fit(Wineind.firstFiveYears).forecast(horizon: 6, levels: [0.8])
        for h in 0..<6 {
            let ratio = (wide.intervals[0].upper[h] - wide.mean[h]) / (plain.intervals[0].upper[h] - plain.mean[h])
            #expect(abs(ratio - 2.0.squareRoot()) < 1e-9)
        }
        let refitted = try ETS(form).fit(Wineind.firstFiveYears).withVarianceInflation(2)
        #expect(refitted.forecast(horizon: 6, levels: [0.8]) == wide)
    }
}
