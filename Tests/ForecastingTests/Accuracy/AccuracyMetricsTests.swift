import Forecasting
import Testing

@Suite("Accuracy metrics")
struct AccuracyMetricsTests {
    /// Hand computation: errors y − f = (10, −10, 0); |y| + |f| = (190, 210, 120).
    /// sMAPE = (200·10/190 + 200·10/210 + 0)/3 = (10.526316 + 9.523810)/3 = 6.683375;
    /// MAPE = (10/100 + 10/100 + 0)·100/3 = 6.666667; bias = mean(f − y) = 0;
    /// MASE scale with m = 2 on training (1, 2, 4, 8): (|4 − 1| + |8 − 2|)/2 = 4.5, so
    /// MASE = (20/3)/4.5 = 1.481481. Coverage: intervals hold y at h = 1 and 3 only.
    /// MSIS (80%, penalty 2/0.2 = 10): widths (40, 29, 20) plus 10·(101 − 100) for the miss
    /// below at h = 2, so (40 + 39 + 20)/3 = 33 over the scale 4.5 = 7.333333.
    @Test("metrics match a hand computation")
    func handComputed() {
        let forecast = Forecast(mean: [90, 110, 60], intervals: [PredictionInterval(level: 0.8, lower: [80, 101, 50], upper: [120, 130, 70])])
        let metrics = AccuracyMetrics(actual: [100, 100, 60], forecast: forecast, training: [1, 2, 4, 8], seasonalPeriod: 2)
        #expect(abs(metrics.smape - 6.683375) < 1e-6)
        #expect(abs(metrics.mape! - 6.666667) < 1e-6)
        #expect(abs(metrics.mase! - 1.481481) < 1e-6)
        #expect(metrics.bias == 0)
        #expect(metrics.coverage.map(\.level) == [0.8] && metrics.coverage.map(\.share) == [2.0 / 3.0])
        #expect(abs(metrics.msis![0] - 7.333333) < 1e-6)
    }

    @Test("undefined scores are nil, not NaN")
    func undefined() {
        let forecast = Forecast(mean: [0, 5], intervals: [])
        let metrics = AccuracyMetrics(actual: [0, 5], forecast: forecast, training: [3, 3, 3], seasonalPeriod: 1)
        #expect(metrics.smape == 0, "0/0 terms count as 0")
        #expect(metrics.mape == nil, "an actual of 0")
        #expect(metrics.mase == nil, "a constant training series has no scale")
        #expect(metrics.msis == nil, "nor has the interval score")
    }

    @Test("a rolling-origin backtest scores every origin on the full horizon")
    func backtest() throws {
        let series = TimeSeries(values: (1...30).map(Double.init), seasonalPeriod: 1)
        let folds = try Backtest(horizon: 4, origins: 3, levels: [0.8]).run(Drift(), on: series)
        #expect(folds.map(\.trainingLength) == [24, 25, 26])
        // A straight line is forecast exactly by the drift method.
        #expect(folds.allSatisfy { $0.metrics.smape < 1e-9 && $0.actual.count == 4 })
        #expect(throws: FitError(model: "drift", reason: "a backtest of 3 origins × 4 periods needs at least 16 observations, found 12; "
                                 + "the history is too short to backtest 4 periods ahead")) {
            try Backtest(horizon: 4, origins: 3, levels: [0.8]).run(Drift(), on: TimeSeries(values: (1...12).map(Double.init), seasonalPeriod: 1), minimumTraining: 10)
        }
        #expect(throws: FitError(model: "drift", reason: "a backtest of 3 origins × 4 periods needs at least 16 observations, found 15; "
                                 + "at most 2 origins fit this history")) {
            try Backtest(horizon: 4, origins: 3, levels: [0.8]).run(Drift(), on: TimeSeries(values: (1...15).map(Double.init), seasonalPeriod: 1), minimumTraining: 10)
        }
    }
}
