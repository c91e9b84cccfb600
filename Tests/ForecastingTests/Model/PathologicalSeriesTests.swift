@testable import Forecasting
import Testing

/// Bad or odd input never crashes a model, never gives NaN or infinite output, and is never
/// silently dropped: every model either refuses a series with a `FitError` that says why, or
/// fits it and passes `RobustnessContract`. `auto` refuses nothing with at least one finite
/// value: it falls back to simpler members.
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
        let check = {
            let outcome = RobustnessContract.check(method.method, on: input.series)
            if case let .refused(error) = outcome, method.alwaysFits, !input.series.values.isEmpty {
                Issue.record("\(method.name) refused \(input.testDescription): \(error)")
            }
        }
        if let question = Self.openQuestion(method, input) {
            withKnownIssue(question) { check() }
        } else {
            check()
        }
    }

    /// Cases that fail the contract for a reason that needs a decision, not a fix; each is a
    /// known issue, so the case reports when it starts passing.
    static func openQuestion(_ method: NamedMethod, _ input: PathologicalSeries) -> Comment? {
        if method.alwaysFits && input.series.values.count == 1 {
            // Its last fallback, naive, needs 2 observations to estimate any spread; a forecast
            // from one value would need an interval width from outside the data.
            return "auto refuses a single observation: what width should one value's intervals have?"
        }
        // The log-normal mean exp(μ + v/2) lies above the median by a factor exp(v/2), past
        // the central p interval's upper end exp(μ + z_p√v) once √v > 2z_p: 1.35 at 50%, 2.56
        // at 80% (a spike of 10⁷ times the level gives √v ≈ 3.3).
        if method.name == "regression (log, damped)" && input.name.hasPrefix("constant with a huge") {
            return "a skewed log-regression forecast's mean lies outside its central 50% and 80% intervals"
        }
        // Multiplicative-season ETS takes its intervals from simulated quantiles; with a
        // multiplicative error of σ near 1 the simulated distribution is so skewed that the
        // analytic mean passes the 50% interval's upper end.
        if method.name == "ets (M,Ad,M) fixed" && input.testDescription == "doubling (n = 24, m = 4)" {
            return "a skewed multiplicative-season ETS forecast's mean lies outside its central 50% interval"
        }
        return nil
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
