import Forecasting
import Testing

@Suite("Differenced autoregression")
struct DifferencedAutoregressionTests {
    /// Differences of a line are constant, so every AR coefficient is unidentified and the
    /// minimum-norm least-squares solution puts everything in the drift: the forecast continues
    /// the line exactly (to rounding, 1e-9).
    @Test("a straight line is continued exactly")
    func line() throws {
        let values = (0..<30).map { 5 + 3 * Double($0) }
        let fitted = try DifferencedAutoregression().fit(TimeSeries(values: values, seasonalPeriod: 1))
        let forecast = fitted.forecast(horizon: 3, levels: [])
        for h in 0..<3 { #expect(abs(forecast.mean[h] - (5 + 3 * Double(30 + h))) < 1e-9) }
    }
}
