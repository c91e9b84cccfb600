import Forecasting
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

    @Test("a window past the horizon is refused with a hint")
    func windowPastHorizon() {
        let request = ForecastRequest(model: .naive, horizon: 2, target: .init(value: 1, window: month(2028, 1)...month(2028, 6)))
        #expect(throws: ForecastRequestError("the target window ends 2028-06, after the last forecast period 2028-02; raise the horizon")) {
            try SeriesForecaster.run(Self.series, request: request)
        }
    }
}
