import Forecasting
import Foundation
import LinearAlgebra
import Testing

@Suite("Seasonal-trend regression")
struct SeasonalTrendRegressionTests {
    /// y = 50 + 2t + season (quarterly pattern −5, 0, 3, 2) + a deterministic wiggle.
    static let season: [Double] = [-5, 0, 3, 2]
    static let values: [Double] = (0..<24).map { (t: Int) -> Double in
        let wiggle: Double = t % 3 == 0 ? 0.7 : -0.35
        return 50 + 2 * Double(t) + season[t % 4] + wiggle
    }

    /// The expectation is computed independently through `LinearAlgebra`: the same design
    /// (intercept, t, dummies for quarters 2–4) solved by `LeastSquares`, and the prediction
    /// variance σ̂²(1 + x₀ᵀ(XᵀX)⁺x₀) at the first future row, with the Student-t quantile on
    /// 24 − 5 = 19 degrees of freedom (R: `qt(0.975, 19)` = 2.09302405440831). Tolerance 1e-9
    /// relative: both sides run the same LAPACK solve, so only summation order differs.
    @Test("forecast and interval match a direct least-squares computation")
    func matchesLeastSquares() throws {
        let row = { (t: Int) -> [Double] in [1, Double(t)] + (1..<4).map { t % 4 == $0 ? 1 : 0 } }
        let solution = try LeastSquares().solve(design: Matrix(rows: (0..<24).map(row)), response: Self.values)
        let x0 = row(24)
        let mean = zip(x0, solution.coefficients).reduce(0) { $0 + $1.0 * $1.1 }
        let sd = try solution.predictionVariance(at: x0).squareRoot()
        let forecast = try SeasonalTrendRegression().fit(TimeSeries(values: Self.values, seasonalPeriod: 4)).forecast(horizon: 1, levels: [0.95])
        #expect(abs(forecast.mean[0] / mean - 1) < 1e-9)
        #expect(abs((forecast.intervals[0].upper[0] - forecast.mean[0]) / (2.09302405440831 * sd) - 1) < 1e-9)
    }

    @Test("a noise-free trend and season are recovered exactly")
    func recovery() throws {
        let clean = (0..<24).map { (t: Int) -> Double in 50 + 2 * Double(t) + Self.season[t % 4] }
        let forecast = try SeasonalTrendRegression().fit(TimeSeries(values: clean, seasonalPeriod: 4)).forecast(horizon: 4, levels: [])
        let expected = (24..<28).map { (t: Int) -> Double in 50 + 2 * Double(t) + Self.season[t % 4] }
        for h in 0..<4 { #expect(abs(forecast.mean[h] - expected[h]) < 1e-8) }
    }

    /// m/2 Fourier pairs span the same space as m − 1 dummies (with the intercept, every
    /// pattern over the m seasons), so the two fits are the same model: equal forecasts and
    /// intervals up to rounding (1e-9 relative). At k = m/2 the sine is zero in exact
    /// arithmetic, so the cosine must carry the quarterly pattern's alternating part.
    @Test("a full set of Fourier pairs gives the dummies' fit")
    func fullFourierEqualsDummies() throws {
        let series = TimeSeries(values: Self.values, seasonalPeriod: 4)
        let dummies = try SeasonalTrendRegression().fit(series).forecast(horizon: 5, levels: [0.9])
        let fourier = try SeasonalTrendRegression(seasonality: .fourier(pairs: 2)).fit(series).forecast(horizon: 5, levels: [0.9])
        for h in 0..<5 {
            #expect(abs(fourier.mean[h] / dummies.mean[h] - 1) < 1e-9, "mean h = \(h + 1)")
            #expect(abs(fourier.intervals[0].upper[h] / dummies.intervals[0].upper[h] - 1) < 1e-9, "upper h = \(h + 1)")
        }
    }

    /// A monthly season made of one annual wave, noise-free: one Fourier pair recovers it
    /// exactly (1e-8 for rounding), where 11 dummies would spend ten more parameters on it.
    @Test("one Fourier pair recovers a sinusoidal season")
    func fourierRecovery() throws {
        func value(_ t: Int) -> Double {
            let angle = 2 * Double.pi * Double(t) / 12 + 0.4
            return 200 + 1.5 * Double(t) + 20 * sin(angle)
        }
        let fitted = try SeasonalTrendRegression(seasonality: .fourier(pairs: 1)).fit(TimeSeries(values: (0..<36).map(value), seasonalPeriod: 12))
        let forecast = fitted.forecast(horizon: 12, levels: [])
        for h in 0..<12 { #expect(abs(forecast.mean[h] - value(36 + h)) < 1e-8, "h = \(h + 1)") }
        #expect(fitted.summary.contains("1 Fourier pair") && !fitted.summary.contains("pairs"))
    }

    /// A noise-free line y = 10 + 3t to t = 19: with damping φ the forecast h steps on is
    /// the last fitted value plus 3·(φ + φ² + … + φ^h) (Gardner & McKenzie 1985), so it levels
    /// off at 3φ/(1 − φ) above the last value.
    @Test("damping bends the trend's extension by φ per period")
    func damping() throws {
        let fitted = try SeasonalTrendRegression(seasonality: .none, damping: 0.8).fit(TimeSeries(values: (0..<20).map { 10 + 3 * Double($0) }, seasonalPeriod: 1))
        let forecast = fitted.forecast(horizon: 6, levels: [])
        var expected = 10 + 3 * 19.0
        var step = 1.0
        for h in 0..<6 {
            step *= 0.8
            expected += 3 * step
            #expect(abs(forecast.mean[h] - expected) < 1e-8, "h = \(h + 1)")
        }
        #expect(fitted.summary.contains("damped trend φ = 0.80"))
    }

    /// Spend with no pattern of its own, and y = 50 + 2t + season + 3·spend exactly.
    static let spend: [Double] = (0..<32).map { Double(($0 * 7) % 11) }
    static func withSpend(_ t: Int) -> Double { 50 + 2 * Double(t) + season[t % 4] + 3 * spend[t] }

    /// Noise-free, so the fit is exact (tolerance for rounding). Fitted to the first 24
    /// observations, the forecast uses spend's values 24…27, as a backtest origin would with
    /// the spend that was later realised.
    /// Reference: R `forecast` 8.20 (Debian r-cran-forecast 8.20-1), `tslm(y ~ trend + season)`
    /// on `ts(wineind, frequency = 12)` and `forecast(fit, h = 6, level = c(80, 95))`; then
    /// with a regressor x_t = (37t mod 100), t = 0 … 181, and a hinge `pmax(0, trend − 101)`
    /// (our changepoint at index 100), `tslm(y ~ trend + season + x + hinge)`. Tolerance 1e-8
    /// relative: the same least-squares fit and t quantiles; R solves by QR, we by SVD.
    @Test("matches forecast::tslm on wineind, with a regressor and a changepoint")
    func matchesTslm() throws {
        let series = TimeSeries(values: Wineind.values, seasonalPeriod: 12)
        let plain = try SeasonalTrendRegression().fit(series).forecast(horizon: 6, levels: [0.8, 0.95])
        let mean = [25951.9345238095, 27637.6488095238, 32629.2202380952, 37408.7202380952, 19029.0349206349, 22220.7015873016]
        let lower80 = [22501.2176957220, 24186.9319814363, 29178.5034100077, 33958.0034100077, 15581.9655863413, 18773.6322530080]
        let upper95 = [31247.2762780250, 32932.9905637393, 37924.5619923108, 42704.0619923108, 24318.7793664803, 27510.4460331469]
        for h in 0..<6 {
            #expect(abs(plain.mean[h] / mean[h] - 1) < 1e-8, "mean h = \(h + 1)")
            #expect(abs(plain.intervals[0].lower[h] / lower80[h] - 1) < 1e-8, "80% low h = \(h + 1)")
            #expect(abs(plain.intervals[1].upper[h] / upper95[h] - 1) < 1e-8, "95% high h = \(h + 1)")
        }
        let x = (0..<182).map { Double(($0 * 37) % 100) }
        let fitted = try SeasonalTrendRegression(changepoints: [100], regressors: [.init(name: "x", values: x)]).fit(series)
        #expect(fitted.summary.hasSuffix(", x -9.102 ± 6.101)"), "R's estimate −9.1023010309 and standard error 6.1014441288")
        let extended = fitted.forecast(horizon: 6, levels: [0.95])
        let mean2 = [24151.5552669449, 25399.1637734390, 30017.6458587249, 35334.2866185248, 16657.9768245353, 19435.1439281751]
        let upper2 = [29040.9905217722, 30265.1368050042, 34906.2940866268, 40216.5291946832, 21522.8483368545, 24340.3282373589]
        for h in 0..<6 {
            #expect(abs(extended.mean[h] / mean2[h] - 1) < 1e-8, "mean h = \(h + 1)")
            #expect(abs(extended.intervals[0].upper[h] / upper2[h] - 1) < 1e-8, "95% high h = \(h + 1)")
        }
    }

    /// Twelve quarters leave 12 − 5 = 7 degrees of freedom, where the t interval is 21% wider
    /// than a normal one (t_{0.975, 7} = 2.365 against 1.960). Paths that drew σ as σ̂ alone
    /// would put about 98% inside the 95% interval; drawing σ² = σ̂² ν/χ²_ν and the coefficients
    /// gives the t predictive, so 95% and 80% of 20,000 paths fall inside at every horizon,
    /// within 0.006 and 0.011 (four binomial standard errors, 0.0015 and 0.0028).
    @Test("sample paths fall inside the t intervals at their stated rates")
    func pathsMatchIntervals() throws {
        let fitted = try SeasonalTrendRegression().fit(TimeSeries(values: Array(Self.values.prefix(12)), seasonalPeriod: 4))
        let forecast = fitted.forecast(horizon: 3, levels: [0.8, 0.95])
        let paths = fitted.simulate(horizon: 3, paths: 20_000, seed: 5)
        for (interval, tolerance) in zip(forecast.intervals, [0.011, 0.006]) {
            for h in 0..<3 {
                let inside = Double(paths.filter { interval.lower[h] <= $0[h] && $0[h] <= interval.upper[h] }.count) / 20_000
                #expect(abs(inside - interval.level) < tolerance, "level \(interval.level), h = \(h + 1): \(inside)")
            }
        }
    }

    @Test("a regressor's effect is recovered and its future values are used")
    func regressor() throws {
        let values = (0..<24).map(Self.withSpend)
        let method = SeasonalTrendRegression(regressors: [.init(name: "spend", values: Array(Self.spend.prefix(28)))])
        let fitted = try method.fit(TimeSeries(values: values, seasonalPeriod: 4))
        #expect(fitted.summary.hasPrefix("regression (linear trend, seasonal dummies, spend 3 ± "), "noise-free: a rounding-sized error")
        let forecast = fitted.forecast(horizon: 4, levels: [])
        for h in 0..<4 { #expect(abs(forecast.mean[h] - Self.withSpend(24 + h)) < 1e-8, "h = \(h + 1)") }
        let shorter = try method.fit(TimeSeries(values: Array(values.prefix(20)), seasonalPeriod: 4)).forecast(horizon: 4, levels: [])
        for h in 0..<4 { #expect(abs(shorter.mean[h] - Self.withSpend(20 + h)) < 1e-8, "origin 20, h = \(h + 1)") }
    }

    @Test("past its last known value a regressor is held")
    func regressorHeld() throws {
        let values = (0..<24).map(Self.withSpend)
        let fitted = try SeasonalTrendRegression(regressors: [.init(name: "spend", values: Array(Self.spend.prefix(25)))])
            .fit(TimeSeries(values: values, seasonalPeriod: 4))
        let forecast = fitted.forecast(horizon: 2, levels: [])
        let held = 50 + 2 * 25.0 + Self.season[25 % 4] + 3 * Self.spend[24]
        #expect(abs(forecast.mean[1] - held) < 1e-8)
    }

    @Test("a regressor without a value for every observation is a FitError")
    func regressorTooShort() {
        #expect(throws: FitError(model: "regression", reason: "regressor \"spend\" has 10 values for 24 observations")) {
            try SeasonalTrendRegression(regressors: [.init(name: "spend", values: Array(Self.spend.prefix(10)))])
                .fit(TimeSeries(values: Self.values, seasonalPeriod: 4))
        }
        #expect(throws: FitError(model: "regression", reason: "regressor \"spend\" has a missing or non-finite value")) {
            try SeasonalTrendRegression(regressors: [.init(name: "spend", values: Array(repeating: .nan, count: 24))])
                .fit(TimeSeries(values: Self.values, seasonalPeriod: 4))
        }
    }

    /// A promotion flag that is 0 throughout the history (promotions only planned) or two
    /// regressors that move in lockstep have no estimable effect: the least-squares split
    /// between collinear columns is arbitrary, so the fit refuses instead of printing one.
    @Test("a regressor whose effect cannot be estimated is a FitError")
    func inestimableRegressors() throws {
        let series = TimeSeries(values: Self.values, seasonalPeriod: 4)
        #expect(throws: FitError(model: "regression", reason: "regressor \"promo\" is 0 in every period of the history, so its effect cannot be told apart from the level; leave it out or give history where it varies")) {
            try SeasonalTrendRegression(regressors: [.init(name: "promo", values: Array(repeating: 0, count: 24) + [1, 1])]).fit(series)
        }
        let spend = Array(Self.spend.prefix(26))
        #expect(throws: FitError(model: "regression", reason: "the regressors \"spend\", \"spend_k\" are linear combinations of the trend, the season and each other over the history, so their effects cannot be told apart; leave one out")) {
            try SeasonalTrendRegression(regressors: [.init(name: "spend", values: spend), .init(name: "spend_k", values: spend.map { $0 / 1000 })]).fit(series)
        }
        // A changepoint past the data (a backtest origin before it) costs rank without a
        // regressor to blame, and still fits.
        _ = try SeasonalTrendRegression(changepoints: [30], regressors: [.init(name: "spend", values: spend)]).fit(series)
    }

    /// A windowed fit uses only the last cycles, but a bad value before the window is still
    /// bad input: it is refused, not ignored.
    @Test("a non-finite value before a fitting window is a FitError")
    func nonFiniteBeforeWindow() {
        #expect(throws: FitError(model: "regression", reason: "the series contains a missing or non-finite value")) {
            try SeasonalTrendRegression(windowCycles: 3).fit(TimeSeries(values: [.nan] + Self.values, seasonalPeriod: 4))
        }
    }

    /// The log form of a series with a zero is refused rather than quietly fitted in levels,
    /// which would describe a different model than the one asked for.
    @Test("the log form of a series with a value ≤ 0 is a FitError")
    func logNeedsPositive() {
        #expect(throws: FitError(model: "regression", reason: "the log form needs positive values, and observation 3 is 0; fit the additive form instead")) {
            try SeasonalTrendRegression(form: .log).fit(TimeSeries(values: [5, 6, 0] + Self.values, seasonalPeriod: 4))
        }
    }

    @Test("too few observations for the coefficients is a FitError")
    func tooShort() {
        #expect(throws: FitError(model: "regression", reason: "needs at least 7 observations for 5 coefficients, found 6")) {
            try SeasonalTrendRegression().fit(TimeSeries(values: [1, 2, 3, 4, 5, 6], seasonalPeriod: 4))
        }
    }
}
