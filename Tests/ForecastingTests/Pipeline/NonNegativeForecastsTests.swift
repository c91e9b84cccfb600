@testable import Forecasting
import Statistics
import Testing

@Suite("Forecasts censored at zero for non-negative histories")
struct NonNegativeForecastsTests {
    /// Weekly sales that swing between 0 and 12 and end at 2: the naive forecast's 95%
    /// interval, 2 ± 1.96 σ with σ ≈ 5, reaches well below zero.
    static let sales: [Double] = [4, 0, 12, 3, 0, 9, 1, 0, 7, 11, 0, 5, 2]

    @Test("bounds and paths below zero become zero; upper bounds are kept")
    func censors() throws {
        let series = TimeSeries(values: Self.sales, seasonalPeriod: 1)
        let base = try Naive().fit(series)
        let fitted = try NonNegativeForecasts(base: Naive()).fit(series)
        let raw = base.forecast(horizon: 3, levels: [0.95])
        let censored = fitted.forecast(horizon: 3, levels: [0.95])
        #expect(raw.intervals[0].lower.allSatisfy { $0 < 0 }, "the example must reach below zero")
        #expect(censored.intervals[0].lower == [0, 0, 0])
        #expect(censored.intervals[0].upper == raw.intervals[0].upper)
        #expect(censored.mean == raw.mean)
        let paths = fitted.simulate(horizon: 3, paths: 500, seed: 1)
        #expect(paths.allSatisfy { $0.allSatisfy { $0 >= 0 } })
    }

    /// Censoring keeps each interval's probability: P(max(0, Y) ≤ u) = P(Y ≤ u) = 0.975 for
    /// the 95% upper bound. Naive's paths follow its intervals exactly (normal random walk),
    /// so the share of 4,000 censored paths inside [0, u] at h = 1 is 0.975 within Monte
    /// Carlo error (standard error √(0.975 · 0.025 / 4000) = 0.0025; 0.01 is four).
    @Test("censored intervals hold their probability")
    func coverage() throws {
        let fitted = try NonNegativeForecasts(base: Naive()).fit(TimeSeries(values: Self.sales, seasonalPeriod: 1))
        let interval = fitted.forecast(horizon: 1, levels: [0.95]).intervals[0]
        let paths = fitted.simulate(horizon: 1, paths: 4000, seed: 2)
        let inside = Double(paths.filter { $0[0] >= interval.lower[0] && $0[0] <= interval.upper[0] }.count) / 4000
        #expect(abs(inside - 0.975) < 0.01, "share inside \(inside)")
    }

    @Test("a history with a negative value is passed through")
    func passesNegativeHistories() throws {
        let values = Self.sales.map { $0 - 1 }
        let series = TimeSeries(values: values, seasonalPeriod: 1)
        let base = try Naive().fit(series)
        let fitted = try NonNegativeForecasts(base: Naive()).fit(series)
        #expect(fitted.forecast(horizon: 3, levels: [0.8]) == base.forecast(horizon: 3, levels: [0.8]))
        #expect(fitted.simulate(horizon: 3, paths: 20, seed: 3) == base.simulate(horizon: 3, paths: 20, seed: 3))
        #expect(fitted.summary == base.summary && fitted.fittedValues == base.fittedValues)
    }

    @Test("plancast fit's pipeline censors, and keeps auto's notes")
    func pipeline() throws {
        let series = DatedSeries(id: "leads", start: Period(frequency: .weekly, ordinal: 0), values: Self.sales)
        let result = try SeriesForecaster.run(series, request: ForecastRequest(model: .auto, horizon: 4))
        #expect(result.forecast.intervals.allSatisfy { $0.lower.allSatisfy { $0 >= 0 } })
        #expect(result.notes.contains { $0.contains("not calibrated") }, "13 weekly values are too few to calibrate the intervals")
    }
}
