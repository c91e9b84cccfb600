@testable import Forecasting
import Foundation
import Statistics
import Testing

@Suite("auto")
struct AutoForecastTests {
    @Test("a series too short for every component falls back and says so")
    func fallback() throws {
        let fitted = try AutoForecast(horizon: 3).fit(TimeSeries(values: [5, 6], seasonalPeriod: 12))
        #expect(fitted.componentNames == ["naive"])
        #expect(fitted.notes.contains("fell back to naive: too little history for the combined models"))
        #expect(fitted.forecast(horizon: 3, levels: [0.8]).mean == [6, 6, 6])
    }

    /// The fallback is an implementation detail: the error names the method the caller asked
    /// for, with the fallback's reason.
    @Test("a series even naive cannot fit is refused as auto", arguments: [[Double](), [5], [5, .nan, 7, 8, 9, 10]])
    func refusedAsAuto(values: [Double]) {
        #expect {
            try AutoForecast(horizon: 3).fit(TimeSeries(values: values, seasonalPeriod: 4))
        } throws: { error in
            (error as? FitError)?.model == "auto" && !(error as? FitError)!.reason.isEmpty
        }
    }

    /// 10 yearly points leave no validation origin (8 needed before a 6-year horizon), so the
    /// factors are the small-sample prior's with the tail shape: exact up to rounding in the
    /// prior chain.
    @Test("without validation origins the intervals use the small-sample prior and say so")
    func priorOnly() throws {
        let series = TimeSeries(values: (0..<10).map { 50 + 2 * Double($0) + Double($0 % 3) }, seasonalPeriod: 1)
        let fitted = try AutoForecast(horizon: 6).fit(series)
        #expect(fitted.notes.contains { $0.hasPrefix("intervals widened for the short history only") })
        let expected = IntervalCalibration.smallSamplePrior(observations: 10, horizon: 6, level: 0.95)
            * IntervalCalibration.tailShape(level: 0.95)
        #expect(abs(fitted.calibration.factor(forLevel: 0.95) - expected) < 1e-12)
    }

    /// Two years of months are too few for the seasonality test, but the members that
    /// seasonally adjust still take the (shrunk) pattern, so the forecast keeps December's
    /// 30% peak and July's 20% trough instead of averaging them away. (Before, three of the
    /// four members forecast a flat year.) 1% noise: the shrinkage keeps almost all of so
    /// clear a pattern, and 5 points of tolerance covers that and the members' trend.
    @Test("two years of monthly history forecast the seasonal pattern")
    func twoYearsKeepSeason() throws {
        let indices = (0..<12).map { month in month == 11 ? 1.3 : month == 6 ? 0.8 : 0.99 }
        var rng = RandomStream(seed: 11, component: StreamKey("auto-two-years"))
        let values = (0..<24).map { t in 1000 * indices[t % 12] * exp(0.01 * Normal.standardSample(using: &rng)) }
        let forecast = try AutoForecast(horizon: 12).fit(TimeSeries(values: values, seasonalPeriod: 12)).forecast(horizon: 12, levels: [0.8])
        let average = forecast.mean.reduce(0, +) / 12
        #expect(abs(forecast.mean[11] / average - 1.3) < 0.05, "\(forecast.mean[11] / average)")
        #expect(abs(forecast.mean[6] / average - 0.8) < 0.05, "\(forecast.mean[6] / average)")
    }

    /// Three years of zero sales (a discontinued product in a many-series file) leave origins
    /// to validate on, but every forecast there claims no spread, so no error can be scored:
    /// the note must say that, not that the history was too short.
    @Test("a constant series says its validation forecasts claimed no uncertainty")
    func constantSeries() throws {
        let fitted = try AutoForecast(horizon: 6).fit(TimeSeries(values: Array(repeating: 0, count: 36), seasonalPeriod: 12))
        #expect(fitted.notes.contains("intervals not calibrated: the forecasts at 3 validation origins claimed no uncertainty (the models fit the history exactly)"))
        #expect(!fitted.notes.contains { $0.hasPrefix("intervals widened for the short history only") })
        let forecast = fitted.forecast(horizon: 6, levels: [0.8])
        #expect(forecast.mean.allSatisfy { $0 == 0 })
        #expect(forecast.intervals[0].lower.allSatisfy { $0 == 0 })
    }
}

@Suite("auto members")
struct AutoMemberTests {
    @Test("ETS joins the default members for seasonal data, drift for non-seasonal data, ARIMA for cycles up to 12, DOTM replaces damped for monthly data, where every member is fitted through a temporal hierarchy",
          arguments: [(1, ["theta", "damped", "arima", "drift"]), (4, ["theta", "damped", "ets", "arima"]),
                      (12, ["theta", "dotm", "ets", "arima"]), (52, ["theta", "damped"])])
    func defaults(period: Int, names: [String]) {
        let members = AutoForecast.defaultComponents(seasonalPeriod: period)
        #expect(members.map(\.name) == names)
        #expect(members.allSatisfy { $0 is TemporalHierarchy } == (period == 12))
    }

    /// The contract series' season (amplitude 25 against noise 4) is far above the seasonal
    /// strength threshold, so the member differences seasonally; its search never adds a
    /// seasonal AR term or a second seasonal MA term.
    @Test("the ARIMA member differences a strong season, keeps at most one seasonal MA term and passes the model contract")
    func arimaMember() throws {
        let fitted = try AutoForecast.arimaMember.fit(ModelContract.seasonalSeries)
        #expect(fitted.order.seasonalD == 1)
        #expect(fitted.order.seasonalP == 0)
        #expect(fitted.order.seasonalQ <= 1)
        try ModelContract.check(AutoForecast.arimaMember, on: ModelContract.seasonalSeries)
    }

    @Test("auto on quarterly data combines four members and passes the model contract")
    func quarterly() throws {
        let fitted = try AutoForecast(horizon: ModelContract.horizon).fit(QuarterlyFixture.series)
        #expect(fitted.componentNames == ["theta", "damped", "ets", "arima"])
        try ModelContract.check(AutoForecast(horizon: ModelContract.horizon), on: QuarterlyFixture.series)
    }
}
