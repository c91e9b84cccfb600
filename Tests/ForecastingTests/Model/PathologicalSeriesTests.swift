@testable import Forecasting
import Testing

/// Bad or odd input never crashes a model, never gives NaN or infinite output, and is never
/// silently dropped: every model either refuses a series with a `FitError` that says why, or
/// fits it and passes `RobustnessContract`. `auto` refuses nothing with at least two finite
/// values: it falls back to simpler members.
@Suite("Pathological series")
struct PathologicalSeriesTests {
    /// A method with the name its test cases show.
    struct NamedMethod: Sendable, CustomTestStringConvertible {
        let name: String
        let method: any ForecastingMethod
        var testDescription: String { name }

        /// `auto` and its variants must fit every non-empty finite series.
        var alwaysFits: Bool { method is AutoForecast }
    }

    /// Every model choice (as `--model` builds it) and the variants used inside `auto` or
    /// offered as options.
    static let methods: [NamedMethod] = ModelChoice.allCases.map {
        NamedMethod(name: $0.rawValue, method: $0.method(horizon: RobustnessContract.horizon))
    } + [
        NamedMethod(name: "arima (auto's member)", method: AutoForecast.arimaMember),
        NamedMethod(name: "arima (seasonal terms)", method: ARIMA(seasonality: .terms)),
        NamedMethod(name: "arima (1,1,1) fixed", method: ARIMA(order: ARIMAOrder(p: 1, d: 1, q: 1))),
        NamedMethod(name: "theta (shrunk indices)", method: Theta(seasonalIndices: .shrunk)),
        NamedMethod(name: "dotm (shrunk indices)", method: DynamicOptimisedTheta(seasonalIndices: .shrunk)),
        NamedMethod(name: "damped (shrunk indices)", method: DampedTrend(seasonalIndices: .shrunk)),
        NamedMethod(name: "ets (M,Ad,M) fixed", method: ETS(ETSForm(error: .multiplicative, trend: .damped, season: .multiplicative))),
        NamedMethod(name: "regression (Fourier)", method: SeasonalTrendRegression(seasonality: .fourier(pairs: 2))),
        NamedMethod(name: "regression (log, damped)", method: SeasonalTrendRegression(form: .log, damping: 0.9)),
        NamedMethod(name: "regression (changepoint)", method: SeasonalTrendRegression(changepoints: [5])),
        NamedMethod(name: "regression (windowed)", method: SeasonalTrendRegression(windowCycles: 3)),
    ]

    @Test("every model refuses or forecasts finitely", arguments: methods, PathologicalSeries.all)
    func survives(method: NamedMethod, input: PathologicalSeries) {
        let outcome = RobustnessContract.check(method.method, on: input.series)
        if case let .refused(error) = outcome, method.alwaysFits, input.series.values.count >= 2 {
            Issue.record("\(method.name) refused \(input.testDescription): \(error)")
        }
    }

    /// One value says nothing about how far the next may fall, and every interval width would
    /// have to come from outside the data, so `auto` refuses it (through naive, its last
    /// fallback) rather than forecast with zero-width intervals.
    @Test("auto refuses a single observation with the reason")
    func autoRefusesOneValue() {
        #expect(throws: FitError(model: "auto", reason: "needs at least 2 observations, found 1")) {
            try AutoForecast(horizon: 3).fit(TimeSeries(values: [120], seasonalPeriod: 12))
        }
    }

    /// Seeds of `PathologicalSeries.random`: fixed, so a failure names its series and
    /// reproduces. (A property-testing library would draw new seeds on every run.)
    static let randomSeeds: [UInt64] = Array(1...20)

    @Test("every model refuses or forecasts finitely on random series", arguments: methods, randomSeeds)
    func survivesRandom(method: NamedMethod, seed: UInt64) {
        survives(method: method, input: PathologicalSeries.random(seed: seed))
    }

    @Test("every model refuses an empty series or a non-finite value with a FitError", arguments: methods, [
        [Double](), [1, 2, .nan, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, .infinity], [-.infinity] + Array(repeating: 1.0, count: 20),
    ])
    func refusesNonFinite(method: NamedMethod, values: [Double]) {
        guard case .refused = RobustnessContract.check(method.method, on: TimeSeries(values: values, seasonalPeriod: 4)) else {
            Issue.record("\(method.name) fitted \(values)")
            return
        }
    }
}
