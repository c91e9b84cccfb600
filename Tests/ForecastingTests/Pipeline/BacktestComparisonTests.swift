import Forecasting
import Testing

/// The backtest's references: compared models are scored at the chosen model's origins exactly
/// as a direct `Backtest` scores them, repeats are dropped, and a model too demanding for the
/// history is marked unavailable instead of failing the run.
@Suite("Backtest comparison")
struct BacktestComparisonTests {
    /// Four years of monthly values from 2022-01: level 100 rising 1.5 a month, a season of
    /// ±12, and a fixed wobble, so every model fits and none fits exactly.
    static let series: DatedSeries = {
        let season: [Double] = [-10, -6, 2, 4, 6, 3, 0, -2, 1, 5, 9, 12]
        let values = (0..<48).map { (t: Int) -> Double in
            let wobble: Double = 3 * (Double(t * 7 % 11) / 10 - 0.5)
            return 100 + 1.5 * Double(t) + season[t % 12] + wobble
        }
        return DatedSeries(id: "sales", start: Period(frequency: .monthly, ordinal: 2022 * 12), values: values)
    }()

    @Test("each compared model's accuracy is its direct backtest's at the same origins, and what choosing it gives")
    func comparedEqualsDirectBacktest() throws {
        let request = ForecastRequest(model: .theta, horizon: 3, backtestOrigins: 4, comparedModels: [.ets, .drift, .regression])
        let backtest = try #require(try SeriesForecaster.run(Self.series, request: request).backtest)
        #expect(backtest.references.map(\.model) == [.snaive, .ets, .drift, .regression])
        let data = Self.series.timeSeries
        // The pipeline's minimum training: a season and two more values.
        let direct = Backtest(horizon: 3, origins: 4, levels: request.levels)
        for reference in backtest.references {
            let folds = try direct.run(reference.model.method(horizon: 3), on: data, minimumTraining: 14)
            // Same code path on the same values: bit-identical, no tolerance needed.
            #expect(reference.accuracy == AccuracySummary(folds.map(\.metrics)), "\(reference.model)")
            var alone = request
            alone.model = reference.model
            alone.comparedModels = []
            #expect(reference.accuracy == (try SeriesForecaster.run(Self.series, request: alone).backtest?.model), "\(reference.model) chosen")
        }
    }

    @Test("seasonal naive comes first; repeats, the chosen model and seasonal naive are not compared twice")
    func references() {
        let request = ForecastRequest(model: .theta, horizon: 3, backtestOrigins: 2, comparedModels: [.ets, .theta, .snaive, .ets, .arima])
        #expect(request.backtestReferences == [.snaive, .ets, .arima])
        #expect(ForecastRequest(model: .snaive, horizon: 3, comparedModels: [.snaive]).backtestReferences == [.snaive])
        #expect(ForecastRequest(horizon: 3).backtestReferences == [.snaive])
    }

    /// 20 values, horizon 3, 4 origins: the earliest origin trains on 14 values, and the
    /// regression's 13 coefficients (level, trend, 11 months) need 15.
    @Test("a model that cannot be fitted at some origin is unavailable with the reason; the others are scored")
    func unavailable() throws {
        let short = DatedSeries(id: "short", start: Self.series.start, values: Array(Self.series.values.prefix(20)))
        let request = ForecastRequest(model: .theta, horizon: 3, backtestOrigins: 4, comparedModels: [.regression, .drift])
        let backtest = try #require(try SeriesForecaster.run(short, request: request).backtest)
        #expect(backtest.comparisons.map(\.outcome) == [
            .unavailable(reason: "at the backtest origin after observation 14 of 20: needs at least 15 observations for 13 coefficients, found 14"),
            backtest.comparisons.last!.outcome,
        ])
        #expect(backtest.comparisons.last?.accuracy != nil)
    }

    @Test("without compared models the backtest has seasonal naive alone")
    func seasonalNaiveAlone() throws {
        let backtest = try #require(try SeriesForecaster.run(Self.series, request: ForecastRequest(model: .drift, horizon: 3, backtestOrigins: 2)).backtest)
        #expect(backtest.references.map(\.model) == [.snaive] && backtest.comparisons.isEmpty)
    }
}
