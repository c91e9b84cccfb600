import Testing
import Forecasting

/// Bad input throws `FitError` with an exact, actionable message; short or awkward series
/// fall back to simpler forms under automatic selection and say so.
struct ETSFitErrorTests {
    static let positive: [Double] = (0..<15).map { 100 + Double($0 % 4) * 10 + Double($0) }

    static func message(_ method: ETS, _ series: TimeSeries) -> String? {
        do {
            _ = try method.fit(series)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("error messages", arguments: [
        (ETS(), TimeSeries(values: [], seasonalPeriod: 1), "ets: the series is empty"),
        (ETS(), TimeSeries(values: [1, 2, .nan, 4, 5, 6, 7, 8], seasonalPeriod: 1),
         "ets: observation 3 is nan; every value must be a finite number"),
        (ETS(), TimeSeries(values: [1, 2, 3, 4, 5], seasonalPeriod: 1),
         "ets: the simplest candidate, ETS(A,N,N), needs at least 7 observations; found 5"),
        (ETS(), TimeSeries(values: [5], seasonalPeriod: 4),
         "ets: the simplest candidate, ETS(A,N,N), needs at least 7 observations; found 1"),
        (ETS(), TimeSeries(values: [5, 5, 5, 5, 5], seasonalPeriod: 1),
         "ets: the simplest candidate, ETS(A,N,N), needs at least 7 observations; found 5"),
        (ETS(error: .additive, trend: .additive, season: .additive), TimeSeries(values: positive, seasonalPeriod: 12),
         "ets: ETS(A,A,A) needs at least 21 observations with seasonal period 12; found 15"),
        (ETS(error: .multiplicative), TimeSeries(values: [3, 0, 4, 5, 6, 7, 8, 9], seasonalPeriod: 1),
         "ets: multiplicative errors or seasonality need strictly positive data; observation 2 is 0.0"),
        (ETS(error: .additive, season: .multiplicative), TimeSeries(values: positive, seasonalPeriod: 4),
         "ets: additive errors with multiplicative seasonality (ETS(A,·,M)) are numerically unstable; use multiplicative errors"),
        (ETS(season: .additive), TimeSeries(values: positive, seasonalPeriod: 1),
         "ets: a seasonal model needs a seasonal period from 2 to 24; the series has period 1"),
        (ETS(varianceInflation: 0), TimeSeries(values: positive, seasonalPeriod: 1),
         "ets: varianceInflation must be positive and finite; found 0.0"),
    ] as [(ETS, TimeSeries, String)])
    func errors(_ method: ETS, _ series: TimeSeries, _ expected: String) {
        #expect(Self.message(method, series) == expected)
    }

    @Test("too few observations for seasonal forms: non-seasonal fit with a note")
    func shortSeasonal() throws {
        let fitted = try ETS().fit(TimeSeries(values: Self.positive, seasonalPeriod: 12))
        #expect(fitted.form.season == .none)
        #expect(fitted.notes == ["9 seasonal forms skipped: 19–22 observations needed with period 12, found 15"])
        #expect(fitted.summary.contains("seasonal forms skipped"))
    }

    @Test("non-positive data: additive forms only, with a note")
    func nonPositive() throws {
        let values = (0..<40).map { Double($0 % 5) - 1.5 + 0.1 * Double($0) }
        let fitted = try ETS().fit(TimeSeries(values: values, seasonalPeriod: 4))
        #expect(fitted.form.error == .additive && fitted.form.season != .multiplicative)
        #expect(fitted.notes.contains("multiplicative forms skipped: the series has zero or negative values"))
    }

    @Test("seasonal periods above 24 are ignored with a note")
    func longPeriod() throws {
        let values = (0..<120).map { 50 + 10 * Double($0 % 52 < 26 ? 1 : -1) + Double($0 % 7) }
        let fitted = try ETS().fit(TimeSeries(values: values, seasonalPeriod: 52))
        #expect(fitted.form.season == .none)
        #expect(fitted.notes.contains("seasonality ignored: period 52 is above 24, the most ETS estimates"))
    }

    @Test("a constant series forecasts its value with zero-width intervals")
    func constant() throws {
        let fitted = try ETS().fit(TimeSeries(values: [Double](repeating: 42, count: 30), seasonalPeriod: 12))
        let forecast = fitted.forecast(horizon: 3, levels: [0.9])
        #expect(forecast.mean == [42, 42, 42])
        #expect(forecast.intervals[0].lower == [42, 42, 42] && forecast.intervals[0].upper == [42, 42, 42])
        #expect(fitted.simulate(horizon: 3, paths: 2, seed: 1) == [[42, 42, 42], [42, 42, 42]])
        #expect(fitted.notes == ["the series is constant, so the forecast is that value with no uncertainty"])
        #expect(fitted.summary == "ETS(A,N,N) (α = 0.0001; the series is constant, so the forecast is that value with no uncertainty)")
    }
}
