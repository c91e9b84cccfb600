import Testing
import Forecasting

/// The automatic default runs through `ModelContractTests` (as `ModelChoice.arima`); these
/// are the other configurations.
@Suite("ARIMA contract")
struct ARIMAContractTests {
    @Test("the seasonal-terms search and a fixed airline model pass the model contract", arguments: [
        ARIMA(seasonality: .terms),
        ARIMA(order: ARIMAOrder(p: 0, d: 1, q: 1, seasonalP: 0, seasonalD: 1, seasonalQ: 1)),
        ARIMA(order: ARIMAOrder(p: 1, d: 0, q: 1, seasonalP: 1, seasonalD: 0, seasonalQ: 0, includesConstant: true)),
    ])
    func configurations(method: ARIMA) throws {
        try ModelContract.check(method, on: ModelContract.seasonalSeries)
    }

    /// Differences of a line are constant, so the residuals vanish (σ at its floor) and a
    /// drift model continues the line; 10⁻⁶ relative allows the optimiser's rounding.
    @Test("a straight line is continued")
    func line() throws {
        let values = (0..<30).map { 5 + 3 * Double($0) }
        let fitted = try ARIMA().fit(TimeSeries(values: values, seasonalPeriod: 1))
        let forecast = fitted.forecast(horizon: 3, levels: [0.8])
        for h in 0..<3 { #expect(abs(forecast.mean[h] / (5 + 3 * Double(30 + h)) - 1) < 1e-6) }
    }
}
