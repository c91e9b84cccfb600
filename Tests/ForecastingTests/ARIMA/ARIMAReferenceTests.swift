import Testing
@testable import Forecasting

/// Reference values from R 4.2.2 with `forecast` 8.20, CSS estimation (the method this
/// model uses), on `wineind` (see `Wineind`):
///
///     fit <- Arima(wineind, order = c(0,1,1), seasonal = c(0,1,1), method = "CSS")
///     coef(fit); fit$sigma2
///     fc <- forecast(fit, h = 12, level = c(80, 95)); fc$mean; fc$lower[, 1]; fc$upper[, 2]
///
///     x <- ts(wineind[1:60])
///     Arima(x, order = c(1,0,1), include.mean = TRUE, method = "CSS")
///     Arima(x, order = c(2,1,0), include.drift = TRUE, method = "CSS")
///     forecast(fit, h = 6, level = 95)
///     urca::ur.kpss(wineind, type = "mu", lags = "short")@teststat   # and diff(wineind)
///
/// Same objective, different optimisers (R's BFGS, our Nelder–Mead, both stopping at about
/// 10⁻⁵ relative change): coefficients agree to 2·10⁻³, which moves σ² and the forecasts by
/// less than 0.2%; the tolerances below allow that and would catch any error in the
/// recursions, the constant's scaling or the ψ-weights (all of which move results by percents).
struct ARIMAReferenceTests {
    static let airlineOrder = ARIMAOrder(p: 0, d: 1, q: 1, seasonalP: 0, seasonalD: 1, seasonalQ: 1)
    static let ma1 = -0.8898533582
    static let sma1 = -0.6781888705
    static let sigma2 = 5691534.832
    static let mean: [Double] = [24549.77878, 27138.63724, 31865.36349, 37272.20674, 16094.10594, 21324.53233,
                                 23846.36744, 25761.96733, 24076.46627, 25115.39736, 29747.87857, 26413.72146]
    static let lower80: [Double] = [21492.37206, 24062.73979, 28771.08581, 34159.65736, 12963.39491, 18175.76111,
                                    20679.63903, 22577.38298, 20874.12555, 21895.39818, 26510.31724, 23158.69274]
    static let upper95: [Double] = [29225.67884, 31842.81644, 36597.65283, 42032.44022, 20882.11528, 26140.16234,
                                    28689.46061, 30632.36880, 28974.02378, 30039.96115, 34699.30135, 31391.85832]

    @Test("the airline model on wineind matches R's CSS fit")
    func airline() throws {
        let fitted = try ARIMA(order: Self.airlineOrder).fit(Wineind.monthly)
        #expect(abs(fitted.ma[0] - Self.ma1) < 2e-3)
        #expect(abs(fitted.seasonalMA[0] - Self.sma1) < 2e-3)
        #expect(abs(fitted.sigma2 / Self.sigma2 - 1) < 2e-3)
        let forecast = fitted.forecast(horizon: 12, levels: [0.8, 0.95])
        for h in 0..<12 {
            #expect(abs(forecast.mean[h] / Self.mean[h] - 1) < 2e-3, "mean at h=\(h + 1)")
            #expect(abs(forecast.intervals[0].lower[h] / Self.lower80[h] - 1) < 2e-3, "80% lower at h=\(h + 1)")
            #expect(abs(forecast.intervals[1].upper[h] / Self.upper95[h] - 1) < 2e-3, "95% upper at h=\(h + 1)")
        }
    }

    @Test("ARIMA(1,0,1) with a mean matches R's CSS fit")
    func mean() throws {
        let fitted = try ARIMA(order: ARIMAOrder(p: 1, d: 0, q: 1, includesConstant: true)).fit(Wineind.firstFiveYears)
        #expect(abs(fitted.ar[0] - 0.07611834460) < 5e-3)
        #expect(abs(fitted.ma[0] - 0.3595478906) < 5e-3)
        #expect(abs(fitted.constant / 23939.13234 - 1) < 2e-3)
        #expect(abs(fitted.sigma2 / 20555017.02 - 1) < 2e-3)
        expectSixStepForecast(fitted, mean: [28500.62293, 24286.34545, 23965.56163, 23941.14409, 23939.28547, 23939.14399],
                              upper95: [37386.63731, 33979.04875, 33662.74335, 33638.35175, 33636.49328, 33636.35181])
    }

    @Test("ARIMA(2,1,0) with drift matches R's CSS fit")
    func drift() throws {
        let fitted = try ARIMA(order: ARIMAOrder(p: 2, d: 1, q: 0, includesConstant: true)).fit(Wineind.firstFiveYears)
        #expect(abs(fitted.ar[0] - -0.3943179249) < 2e-3)
        #expect(abs(fitted.ar[1] - -0.5341800310) < 2e-3)
        #expect(abs(fitted.constant / 243.6409550532 - 1) < 1e-2, "drift (a small difference of large numbers)")
        #expect(abs(fitted.sigma2 / 20892552.5 - 1) < 2e-3)
        expectSixStepForecast(fitted, mean: [31637.12949, 30593.22942, 33934.54889, 33644.49838, 32443.86544, 33542.09680],
                              upper95: [40595.80573, 41067.03225, 44603.93224, 45539.26633, 45676.91247, 47327.50664])
    }

    /// The 6-step mean and 95% upper bound against R's, within 0.2% (see the type's discussion).
    func expectSixStepForecast(_ fitted: FittedARIMA, mean: [Double], upper95: [Double],
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let forecast = fitted.forecast(horizon: 6, levels: [0.95])
        for h in 0..<6 {
            #expect(abs(forecast.mean[h] / mean[h] - 1) < 2e-3, "mean at h=\(h + 1)", sourceLocation: sourceLocation)
            #expect(abs(forecast.intervals[0].upper[h] / upper95[h] - 1) < 2e-3, "95% upper at h=\(h + 1)", sourceLocation: sourceLocation)
        }
    }

    /// urca prints the statistic exactly; ours uses the same formula, so 10⁻⁸ relative.
    @Test("the KPSS statistic matches urca")
    func kpss() throws {
        let level = try #require(KPSSTest.statistic(Wineind.values))
        let differenced = try #require(KPSSTest.statistic(zip(Wineind.values.dropFirst(), Wineind.values).map { $0 - $1 }))
        #expect(abs(level / 0.7705823106 - 1) < 1e-8)
        #expect(abs(differenced / 0.03556677989 - 1) < 1e-8)
        #expect(KPSSTest.differencesNeeded(Wineind.values, minimumLength: ARIMA.minimumDifferencedLength) == 1, "R: ndiffs(wineind) = 1")
    }
}
