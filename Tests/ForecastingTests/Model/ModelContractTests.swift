import Forecasting
import Testing

@Suite("Model contract")
struct ModelContractTests {
    @Test("every model choice passes the contract on a seasonal series", arguments: ModelChoice.allCases)
    func seasonal(choice: ModelChoice) throws {
        try ModelContract.check(choice.method(horizon: ModelContract.horizon), on: ModelContract.seasonalSeries)
    }

    @Test("every model choice passes the contract without seasonality", arguments: ModelChoice.allCases)
    func nonSeasonal(choice: ModelChoice) throws {
        try ModelContract.check(choice.method(horizon: ModelContract.horizon), on: ModelContract.nonSeasonalSeries)
    }

    @Test("the regression variants pass the contract", arguments: [
        SeasonalTrendRegression(seasonality: .fourier(pairs: 3)),
        SeasonalTrendRegression(form: .log, damping: 0.9),
        SeasonalTrendRegression(changepoints: [48]),
        SeasonalTrendRegression(form: .log, damping: 0.9, windowCycles: 3),
    ])
    func regressionVariants(method: SeasonalTrendRegression) throws {
        try ModelContract.check(method, on: ModelContract.seasonalSeries)
    }
}
