import Forecasting
import Testing

@Suite("Series forecaster, many series")
struct SeriesForecasterBatchTests {
    /// Twelve seasonal series of different levels and one too short for any model under a
    /// backtest: the batch must return, in order, exactly what one call per series returns
    /// (same forecasts and target probabilities, bit for bit, since each series' sample paths
    /// come from its own stream), and the short series' error in its own slot.
    @Test("the batch equals one call per series, in order, with failures in their slots")
    func matchesSingleCalls() throws {
        let start = Period(frequency: .monthly, ordinal: 2020 * 12)
        var series = [DatedSeries]()
        for index in 0..<12 {
            let level = Double(100 + 10 * index)
            var values = [Double]()
            for t in 0..<48 {
                let season = 1 + 0.2 * Double((t + index) % 12) / 12
                values.append(level * season + Double(t))
            }
            series.append(DatedSeries(id: "region-\(index)", start: start, values: values))
        }
        series.insert(DatedSeries(id: "short", start: start, values: [5, 6, 7]), at: 5)
        let window = Period(frequency: .monthly, ordinal: 2024 * 12)...Period(frequency: .monthly, ordinal: 2024 * 12 + 2)
        let request = ForecastRequest(model: .auto, horizon: 6, backtestOrigins: 2, target: .init(value: 400, window: window), paths: 500)
        let batch = SeriesForecaster.run(series, request: request)
        #expect(batch.count == series.count)
        for (one, result) in zip(series, batch) {
            if one.id == "short" {
                #expect(throws: (any Error).self) { try result.get() }
                continue
            }
            let single = try SeriesForecaster.run(one, request: request)
            let fromBatch = try result.get()
            #expect(fromBatch.series.id == one.id)
            #expect(fromBatch.forecast.mean == single.forecast.mean)
            #expect(fromBatch.forecast.intervals.map { $0.upper } == single.forecast.intervals.map { $0.upper })
            #expect(fromBatch.target?.probability == single.target?.probability)
        }
    }
}
