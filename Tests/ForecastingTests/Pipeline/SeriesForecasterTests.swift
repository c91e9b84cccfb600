import Forecasting
import Foundation
import Testing

@Suite("Series forecaster")
struct SeriesForecasterTests {
    static let series = DatedSeries(id: "sales", start: Period(frequency: .monthly, ordinal: 2025 * 12), values: (0..<36).map { 100 + Double($0) })

    func month(_ year: Int, _ month: Int) -> Period { Period(frequency: .monthly, ordinal: year * 12 + month - 1) }

    @Test("forecast periods follow the history")
    func periods() throws {
        let result = try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .drift, horizon: 3))
        #expect(result.periods.map(\.description) == ["2028-01", "2028-02", "2028-03"])
        #expect(result.forecast.mean.count == 3 && result.backtest == nil && result.target == nil)
    }

    /// The drift forecast of 100, 101, …, 135 is 136, 137, … with tiny spread, and the window
    /// 2027-12..2028-01 holds the observed 135 plus the forecast 136: its sum is about 271, so a
    /// target of 260 is met on every path and one of 280 on none.
    @Test("target probability counts observed periods in the window")
    func target() throws {
        let window = month(2027, 12)...month(2028, 1)
        let easy = try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .drift, horizon: 2, target: .init(value: 260, window: window), paths: 500))
        #expect(easy.target?.observedPart == 135)
        #expect(easy.target?.probability == 1)
        let hard = try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .drift, horizon: 2, target: .init(value: 280, window: window), paths: 500))
        #expect(hard.target?.probability == 0)
    }

    /// Drift forecasts a straight line exactly, so every backtest point equals its actual.
    /// 36 values, horizon 3, 2 origins: training lengths 32 and 33, so the origins are the
    /// 32nd and 33rd months (2027-08, 2027-09) and the points cover 2027-09 … 2027-12.
    @Test("the backtest keeps every point forecast with its origin, period and actual")
    func backtestPoints() throws {
        let result = try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .drift, horizon: 3, backtestOrigins: 2))
        let backtest = try #require(result.backtest)
        #expect(backtest.points.count == 6)
        #expect(backtest.points.map(\.origin) == [month(2027, 8), month(2027, 8), month(2027, 8), month(2027, 9), month(2027, 9), month(2027, 9)])
        #expect(backtest.points.map(\.period) == [month(2027, 9), month(2027, 10), month(2027, 11), month(2027, 10), month(2027, 11), month(2027, 12)])
        #expect(backtest.points.map(\.stepsAhead) == [1, 2, 3, 1, 2, 3])
        for point in backtest.points {
            let observed = Self.series.values[Self.series.start.distance(to: point.period)]
            #expect(point.actual == observed)
            // Drift's slope from an exact line is exact up to rounding: 1e-9 of values near 130.
            #expect(abs(point.forecast - point.actual) < 1e-9)
        }
    }

    /// Seasonal naive repeats the value one season back, which a rising line overshoots by
    /// exactly one year's growth (12), so the points must carry the model's forecasts, not the actuals.
    @Test("backtest points are the model's forecasts")
    func backtestPointsAreForecasts() throws {
        let seasonal = DatedSeries(id: "s", start: month(2024, 1), values: (0..<36).map { 100 + Double($0) })
        let result = try SeriesForecaster.run(seasonal, request: ForecastRequest(model: .snaive, horizon: 2, backtestOrigins: 1))
        let points = try #require(result.backtest?.points)
        #expect(points.map(\.forecast) == [122, 123])
        #expect(points.map(\.actual) == [134, 135])
    }

    @Test("a window past the horizon is refused with a hint")
    func windowPastHorizon() {
        let request = ForecastRequest(model: .naive, horizon: 2, target: .init(value: 1, window: month(2028, 1)...month(2028, 6)))
        #expect(throws: ForecastRequestError("the target window ends 2028-06, after the last forecast period 2028-02; raise the horizon")) {
            try SeriesForecaster.run(Self.series, request: request)
        }
    }

    /// Monthly leads = 100 + 2t + 0.5·spend exactly, from 2025-01; spend is known from
    /// 2024-10 (earlier periods are ignored) to 2028-03, three months past the history.
    static let spend = DatedSeries(id: "spend", start: Period(frequency: .monthly, ordinal: 2024 * 12 + 9),
                                   values: (0..<42).map { Double(($0 * 37) % 100) })
    static func leads(_ t: Int) -> Double { 100 + 2 * Double(t) + 0.5 * spend.values[t + 3] }

    @Test("the regression takes regressors aligned by period, through the horizon")
    func regressors() throws {
        let series = DatedSeries(id: "leads", start: month(2025, 1), values: (0..<36).map(Self.leads))
        let request = ForecastRequest(model: .regression, horizon: 3, regression: .init(regressors: [Self.spend]))
        let result = try SeriesForecaster.run(series, request: request)
        for h in 0..<3 { #expect(abs(result.forecast.mean[h] - Self.leads(36 + h)) < 1e-6, "h = \(h + 1)") }
        #expect(result.summary.contains(", spend 0.5 ± "))
    }

    @Test("a regressor without a value for a period, a changepoint outside the history, or either with another model is refused")
    func regressorErrors() {
        let series = DatedSeries(id: "leads", start: month(2025, 1), values: (0..<36).map(Self.leads))
        #expect(throws: ForecastRequestError("regressor \"spend\" has no value for 2028-04, forecast period 4 of 4; add its planned value (it runs 2024-10 to 2028-03)")) {
            try SeriesForecaster.run(series, request: ForecastRequest(model: .regression, horizon: 4, regression: .init(regressors: [Self.spend])))
        }
        let late = DatedSeries(id: "spend", start: month(2025, 3), values: Array(Self.spend.values.suffix(37)))
        #expect(throws: ForecastRequestError("regressor \"spend\" has no value for 2025-01, in the history of \"leads\" (it runs 2025-03 to 2028-03)")) {
            try SeriesForecaster.run(series, request: ForecastRequest(model: .regression, horizon: 3, regression: .init(regressors: [late])))
        }
        #expect(throws: ForecastRequestError("changepoint 2024-06 is not inside the history of \"leads\" (2025-01 to 2027-12); the trend can only change between its first and last period")) {
            try SeriesForecaster.run(series, request: ForecastRequest(model: .regression, horizon: 3, regression: .init(changepoints: [month(2024, 6)])))
        }
        #expect(throws: ForecastRequestError("regressors, changepoints, Fourier seasonality, damping and the log form need the regression model; auto does not use them")) {
            try SeriesForecaster.run(series, request: ForecastRequest(model: .auto, horizon: 3, regression: .init(regressors: [Self.spend])))
        }
        let withZero = DatedSeries(id: "leads", start: month(2025, 1), values: [0] + (1..<36).map(Self.leads))
        #expect(throws: ForecastRequestError("the log form needs positive values; \"leads\" has 0 in 2025-01")) {
            try SeriesForecaster.run(withZero, request: ForecastRequest(model: .regression, horizon: 3, regression: .init(logarithmic: true)))
        }
    }

    @Test("Fourier pairs beyond the season's half, Fourier terms without a season, or a damping outside (0, 1] are refused")
    func seasonalityErrors() {
        let series = DatedSeries(id: "leads", start: month(2025, 1), values: (0..<36).map(Self.leads))
        #expect(throws: ForecastRequestError("monthly data take 1 to 6 Fourier pairs (a season of 12 periods), not 7")) {
            try SeriesForecaster.run(series, request: ForecastRequest(model: .regression, horizon: 3, regression: .init(seasonality: .fourier(pairs: 7))))
        }
        let yearly = DatedSeries(id: "revenue", start: Period(frequency: .yearly, ordinal: 2015), values: (0..<10).map(Double.init))
        #expect(throws: ForecastRequestError("Fourier seasonality needs seasonal data; yearly data have no season")) {
            try SeriesForecaster.run(yearly, request: ForecastRequest(model: .regression, horizon: 3, regression: .init(seasonality: .fourier(pairs: 1))))
        }
        #expect(throws: ForecastRequestError("the damping must be above 0 and at most 1 (1 keeps the trend straight), not 1.2")) {
            try SeriesForecaster.run(series, request: ForecastRequest(model: .regression, horizon: 3, regression: .init(damping: 1.2)))
        }
    }

    @Test("the request's Fourier seasonality and damping reach the regression")
    func seasonalityAndDamping() throws {
        let series = DatedSeries(id: "leads", start: month(2025, 1), values: (0..<36).map(Self.leads))
        let result = try SeriesForecaster.run(series, request: ForecastRequest(model: .regression, horizon: 3,
                                                                              regression: .init(seasonality: .fourier(pairs: 2), damping: 0.9)))
        #expect(result.summary.contains("damped trend φ = 0.90, 2 Fourier pairs"), "\(result.summary)")
    }

    /// Promotions began in the last three months of the history: the final fit can estimate
    /// their effect, but a backtest origin before them cannot, and the error says which origin.
    @Test("a backtest origin that cannot be fitted is named")
    func backtestOriginNamed() {
        let promo = DatedSeries(id: "promo", start: month(2025, 1), values: Array(repeating: 0, count: 33) + [1, 0, 1, 1, 0, 1])
        let series = DatedSeries(id: "leads", start: month(2025, 1), values: (0..<36).map(Self.leads))
        let request = ForecastRequest(model: .regression, horizon: 3, backtestOrigins: 2, regression: .init(regressors: [promo]))
        #expect(throws: FitError(model: "regression", reason: "at the backtest origin after observation 32 of 36: regressor \"promo\" is 0 in every period of the history, so its effect cannot be told apart from the level; leave it out or give history where it varies")) {
            try SeriesForecaster.run(series, request: request)
        }
    }

    /// Revenue growing 2% a month exactly: the log form fits it without error and carries the
    /// growth on (the additive form would draw a straight line under the curve).
    @Test("the log form forecasts proportional growth")
    func logForm() throws {
        let values = (0..<36).map { 100 * pow(1.02, Double($0)) }
        let series = DatedSeries(id: "revenue", start: month(2025, 1), values: values)
        let request = ForecastRequest(model: .regression, horizon: 2, regression: .init(logarithmic: true))
        let result = try SeriesForecaster.run(series, request: request)
        #expect(abs(result.forecast.mean[1] / (100 * pow(1.02, 37)) - 1) < 1e-9)
        #expect(result.summary.hasPrefix("log-regression"))
    }

    /// The trend of leads bends at 2026-01 (slope 2, then 5), noise-free: a changepoint there
    /// fits it exactly and continues the new slope.
    @Test("a changepoint lets the trend change slope")
    func changepoint() throws {
        let values: [Double] = (0..<36).map { (t: Int) -> Double in
            let bend = Double(max(0, t - 12))
            return 100 + 2 * Double(t) + 3 * bend
        }
        let series = DatedSeries(id: "leads", start: month(2025, 1), values: values)
        let result = try SeriesForecaster.run(series, request: ForecastRequest(model: .regression, horizon: 2, regression: .init(changepoints: [month(2026, 1)])))
        let expected: Double = 100 + 2 * 36 + 3 * 24
        #expect(abs(result.forecast.mean[0] - expected) < 1e-6)
    }
}
