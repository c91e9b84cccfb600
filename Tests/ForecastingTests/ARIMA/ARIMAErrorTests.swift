import Testing
import Forecasting

@Suite("ARIMA errors")
struct ARIMAErrorTests {
    @Test("too short a series names the minimum and the count found")
    func tooShort() {
        let series = TimeSeries(values: [1, 3, 2, 5, 4, 6, 5], seasonalPeriod: 1)
        #expect(throws: FitError(model: "arima", reason: "needs at least 8 observations, found 7")) { try ARIMA().fit(series) }
    }

    @Test("a constant series is refused with a reason")
    func constant() {
        let series = TimeSeries(values: [Double](repeating: 4, count: 30), seasonalPeriod: 12)
        #expect(throws: FitError(model: "arima", reason: "the series is constant; ARIMA needs a series that varies")) { try ARIMA().fit(series) }
    }

    @Test("a missing value is refused")
    func missing() {
        var values = (0..<30).map { Double($0 % 7) }
        values[9] = .nan
        #expect(throws: FitError(model: "arima", reason: "the series contains a missing or non-finite value")) {
            try ARIMA().fit(TimeSeries(values: values, seasonalPeriod: 1))
        }
    }

    @Test("a fixed order needing more history than given names the order")
    func fixedOrderTooLong() {
        let series = TimeSeries(values: (0..<14).map { Double($0 % 5) }, seasonalPeriod: 12)
        let airline = ARIMAOrder(p: 0, d: 1, q: 1, seasonalP: 0, seasonalD: 1, seasonalQ: 1)
        #expect(throws: FitError(model: "arima", reason: "ARIMA(0,1,1)(0,1,1)[12] needs more than 14 observations")) {
            try ARIMA(order: airline).fit(series)
        }
    }
}
