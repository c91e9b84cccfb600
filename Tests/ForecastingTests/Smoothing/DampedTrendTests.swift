import Forecasting
import Testing

@Suite("Damped trend")
struct DampedTrendTests {
    /// On the line 10 + 2t the smoother tracks the slope closely, so the first forecast lies
    /// between the last value plus the most damped (φ = 0.8) and least damped (φ = 0.98) step,
    /// later steps grow by less each time, and the residual spread is small (a damped trend
    /// cannot fit a line exactly, so the errors are small but not zero: under 1% of the level).
    @Test("a straight line is extended with a damped slope")
    func line() throws {
        let values = (0..<20).map { 10 + 2 * Double($0) }
        let forecast = try DampedTrend().fit(TimeSeries(values: values, seasonalPeriod: 1)).forecast(horizon: 3, levels: [0.8])
        #expect(forecast.mean[0] > 48 + 2 * 0.8 - 0.1 && forecast.mean[0] <= 48 + 2 * 0.98 + 0.1)
        #expect(forecast.mean[2] - forecast.mean[1] < forecast.mean[1] - forecast.mean[0] + 1e-9, "increments shrink")
        #expect(forecast.intervals[0].upper[0] - forecast.mean[0] < 0.01 * forecast.mean[0], "little error left to spread")
    }

    @Test("too short a series is refused")
    func tooShort() {
        #expect(throws: FitError(model: "damped", reason: "needs at least 8 observations, found 5")) {
            try DampedTrend().fit(TimeSeries(values: [1, 2, 3, 4, 5], seasonalPeriod: 1))
        }
    }
}
