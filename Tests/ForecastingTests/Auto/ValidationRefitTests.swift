@testable import Forecasting
import Testing

@Suite("Validation refits")
struct ValidationRefitTests {
    @Test("ETS re-fits at validation origins with its selected form fixed")
    func etsKeepsForm() throws {
        let fitted = try ETS().fit(QuarterlyFixture.series)
        let method = try #require(fitted.validationMethod as? ETS)
        #expect(method.error == fitted.form.error && method.trend == fitted.form.trend && method.season == fitted.form.season)
        // The refit estimates on the shorter series: its parameters differ from the full fit's.
        let shorter = TimeSeries(values: Array(QuarterlyFixture.series.values.dropLast(8)), seasonalPeriod: 4)
        #expect(try method.fit(shorter).parameters != fitted.parameters)
    }
}

@Suite("ARIMA validation refits")
struct ARIMAValidationRefitTests {
    @Test("a seasonal-terms ARIMA re-fits at validation origins with its order fixed")
    func keepsOrder() throws {
        let fitted = try AutoForecast.arimaMember.fit(ModelContract.seasonalSeries)
        let method = try #require(fitted.validationMethod as? ARIMA)
        #expect(method.order == fitted.order)
        let shorter = TimeSeries(values: Array(ModelContract.seasonalSeries.values.dropLast(18)), seasonalPeriod: 12)
        #expect(try method.fit(shorter).order == fitted.order)
    }

    @Test("a seasonally adjusted ARIMA repeats its search, since a fixed order would be fitted to the raw series")
    func adjustedRepeatsSearch() throws {
        let fitted = try ARIMA().fit(ModelContract.seasonalSeries)
        #expect(fitted.summary.hasSuffix("seasonally adjusted"))
        #expect(fitted.validationMethod == nil)
    }
}
