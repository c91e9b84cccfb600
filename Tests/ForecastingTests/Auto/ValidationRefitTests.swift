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
