import Forecasting
import Foundation
import Testing
import TestSupport

@Suite("Theta")
struct ThetaTests {
    /// The first 24 monthly values of R's `AirPassengers` (Box & Jenkins 1976), fitted here
    /// without seasonality.
    static let passengers: [Double] = [112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118,
                                       115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140]

    /// Reference: R `forecast` 8.20 (Debian r-cran-forecast 8.20-1),
    /// `thetaf(ts(passengers, frequency = 1), h = 4)`: α = 0.9999 (the upper bound), means
    /// 140.482664871, 140.967882262, 141.453099653, 141.938317045 and 95% upper limits
    /// 169.548217008, 182.070724102, 191.792754932, 200.065059426.
    /// Tolerance 1e-6 relative: both fit SES by least squares with the same α bounds and
    /// σ² = SSE/(n − 2); the optimisers agree to about 1e-8 here.
    @Test("non-seasonal Theta matches forecast::thetaf")
    func nonSeasonal() throws {
        let fitted = try Theta().fit(TimeSeries(values: Self.passengers, seasonalPeriod: 1))
        let forecast = fitted.forecast(horizon: 4, levels: [0.95])
        let means = [140.482664871, 140.967882262, 141.453099653, 141.938317045]
        let upper = [169.548217008, 182.070724102, 191.792754932, 200.065059426]
        for h in 0..<4 {
            #expect(abs(forecast.mean[h] / means[h] - 1) < 1e-6, "mean h=\(h + 1): \(forecast.mean[h])")
            #expect(abs(forecast.intervals[0].upper[h] / upper[h] - 1) < 1e-6, "upper h=\(h + 1): \(forecast.intervals[0].upper[h])")
        }
    }

    /// Reference: R `forecast` 8.20, `thetaf(ts(wineind[1:120], frequency = 12), h = 6,
    /// level = c(80, 95))`, which finds seasonality and fits α = 0.1605645; means 18518.8359472,
    /// 20979.2734277, 24113.6653612, 24609.0608412, 24594.1248357, 23989.0228971.
    /// Tolerance 1e-6 relative (the two agree to about 1e-7). Intervals are not compared:
    /// `thetaf` adds the adjusted-scale SES half-width to the reseasonalised mean, while
    /// `Theta` multiplies the half-width by the seasonal index too, as multiplicative
    /// seasonality implies (a 30%-above-average month is 30% more uncertain).
    @Test("seasonal Theta matches forecast::thetaf on wineind", .enabled(if: Fixtures.hasSharedData, Fixtures.sharedDataMissing))
    func seasonal() throws {
        let text = try String(contentsOf: Fixtures.sharedData.appendingPathComponent("wineind/wineind_monthly.csv"), encoding: .utf8)
        let values = text.split(whereSeparator: \.isNewline).dropFirst().prefix(120).compactMap { Double($0.split(separator: ",")[1]) }
        let fitted = try Theta().fit(TimeSeries(values: values, seasonalPeriod: 12))
        let forecast = fitted.forecast(horizon: 6, levels: [0.8])
        let means = [18518.8359472, 20979.2734277, 24113.6653612, 24609.0608412, 24594.1248357, 23989.0228971]
        for h in 0..<6 {
            #expect(abs(forecast.mean[h] / means[h] - 1) < 1e-6, "mean h=\(h + 1): \(forecast.mean[h])")
        }
        #expect(fitted.summary.contains("seasonally adjusted"))
    }

    /// Monthly leads at a level of 20 with no leads in August and 30 extra in December: ratios
    /// cannot describe a zero month, so the pattern is additive, and a series with nothing but
    /// level and season is forecast exactly (the adjusted series is constant, so SES and the
    /// trend line reproduce it; tolerance for rounding only).
    @Test("a seasonal series with zero months is adjusted by additive offsets")
    func additiveSeasonality() throws {
        let offsets: [Double] = [0, 0, 0, 0, 0, 0, 0, -20, 0, 0, 0, 30]
        let values = (0..<48).map { 20 + offsets[$0 % 12] }
        let fitted = try Theta(seasonalIndices: .shrunk).fit(TimeSeries(values: values, seasonalPeriod: 12))
        #expect(fitted.summary.contains("seasonally adjusted"))
        let forecast = fitted.forecast(horizon: 12, levels: [0.8])
        for h in 0..<12 {
            #expect(abs(forecast.mean[h] - values[h]) < 1e-9, "month \(h + 1): \(forecast.mean[h])")
        }
    }

    @Test("too short a series is refused with the model's name")
    func tooShort() {
        #expect(throws: FitError(model: "theta", reason: "needs at least 3 observations, found 2")) {
            try Theta().fit(TimeSeries(values: [1, 2], seasonalPeriod: 1))
        }
    }
}
