@testable import Forecasting
import Testing

@Suite("Temporal hierarchy")
struct TemporalHierarchyTests {
    @Test("passes the model contract with ETS and with Theta as base", arguments: [0, 1])
    func contract(base: Int) throws {
        let method = base == 0 ? TemporalHierarchy() : TemporalHierarchy(base: Theta(seasonalIndices: .shrunk))
        try ModelContract.check(method, on: ModelContract.seasonalSeries)
    }

    @Test("monthly data use every level when the series is long enough")
    func allLevels() throws {
        let fitted = try TemporalHierarchy().fit(ModelContract.seasonalSeries)
        #expect(fitted.levels == [1, 2, 3, 4, 6, 12])
        #expect(fitted.notes.isEmpty)
        #expect(fitted.summary.hasPrefix("ETS(") && fitted.summary.hasSuffix(", reconciled with its sums over 2, 3, 4, 6 and 12 periods (temporal hierarchy)"))
    }

    /// The point forecasts are the reconciled bottom level: the level-k sums of the forecast
    /// equal the reconciled aggregates, and the intervals moved with the mean.
    @Test("point forecasts are the reconciled bottom level and intervals are shifted with it")
    func reconciledMeans() throws {
        let fitted = try TemporalHierarchy().fit(ModelContract.seasonalSeries)
        let forecast = fitted.forecast(horizon: 24, levels: [0.8])
        let bottomBase = fitted.models[0].forecast(horizon: 24, levels: [0.8])
        let base = zip(fitted.levels, fitted.models).map { k, model in model.forecast(horizon: 24 / k, levels: []).mean }
        let reconciliation = try #require(fitted.reconciliation)
        let expected = reconciliation.bottom(base, cycles: 2)
        for h in 0..<24 {
            #expect(abs(forecast.mean[h] - expected[h]) < 1e-9 * abs(expected[h]))
            let shift = forecast.mean[h] - bottomBase.mean[h]
            #expect(abs(forecast.intervals[0].upper[h] - bottomBase.intervals[0].upper[h] - shift) < 1e-9 * abs(expected[h]))
        }
        // Longer than the cached cycles: reconciled on demand, and the same over the first 24.
        let longer = fitted.forecast(horizon: 30, levels: [0.8])
        for h in 0..<24 { #expect(abs(longer.mean[h] - forecast.mean[h]) < 1e-9 * abs(forecast.mean[h])) }
    }

    /// Series variance scaling weights each level by its in-sample mean squared one-step
    /// error; structural scaling by 1/k. Both reproduce coherent forecasts, and on this series
    /// (whose levels fit with different relative errors) they reconcile differently.
    @Test("series variance scaling weights the levels by their in-sample errors")
    func seriesVariance() throws {
        let byVariance = try TemporalHierarchy(weighting: .seriesVariance).fit(ModelContract.seasonalSeries)
        let structural = try TemporalHierarchy(weighting: .structural).fit(ModelContract.seasonalSeries)
        let (a, b) = (byVariance.forecast(horizon: 12, levels: []).mean, structural.forecast(horizon: 12, levels: []).mean)
        #expect(zip(a, b).contains { abs($0 - $1) > 1e-6 * abs($1) })
        #expect(TemporalHierarchy().weighting == .seriesVariance)
    }

    @Test("aggregation levels can be limited; levels that do not divide the period are ignored")
    func chosenLevels() throws {
        let fitted = try TemporalHierarchy(aggregationLevels: [3, 5, 12]).fit(ModelContract.seasonalSeries)
        #expect(fitted.levels == [1, 3, 12])
        #expect(fitted.summary.hasPrefix("ETS(") && fitted.summary.hasSuffix(", reconciled with its sums over 3 and 12 periods (temporal hierarchy)"))
        let refit = try #require(fitted.validationMethod as? TemporalHierarchy)
        #expect(refit.aggregationLevels == [3, 5, 12] && refit.weighting == .seriesVariance)
    }

    @Test("a short series leaves out the levels it cannot fill")
    func shortSeries() throws {
        let series = TimeSeries(values: Array(ModelContract.seasonalSeries.values.suffix(60)), seasonalPeriod: 12)
        let fitted = try TemporalHierarchy().fit(series)
        #expect(fitted.levels == [1, 2, 3, 4, 6])
        #expect(fitted.notes == ["sums of 12 periods left out: 8 of them needed, found 5"])
    }

    @Test("without season the forecasts are the base model's")
    func nonSeasonal() throws {
        let series = ModelContract.nonSeasonalSeries
        let fitted = try TemporalHierarchy().fit(series)
        #expect(fitted.levels == [1])
        let base = try ETS().fit(series)
        #expect(fitted.forecast(horizon: 6, levels: [0.8, 0.95]) == base.forecast(horizon: 6, levels: [0.8, 0.95]))
        #expect(fitted.summary == base.summary)
        #expect(fitted.notes == ["no seasonal cycle to aggregate over, so the forecasts are the base model's"])
    }

    /// Twenty months: six quarterly sums, one yearly, too few for either level. The model
    /// line is the base model's alone, without the notes, so `auto`'s line stays readable;
    /// `auto` names the base model too.
    @Test("too short for any aggregate level, the summary is the base model's and the notes say why")
    func tooShortForLevels() throws {
        let series = TimeSeries(values: Array(ModelContract.seasonalSeries.values.prefix(20)), seasonalPeriod: 12)
        let fitted = try TemporalHierarchy(base: Theta()).fit(series)
        #expect(fitted.levels == [1])
        #expect(fitted.summary == (try Theta().fit(series)).summary)
        #expect(fitted.notes.contains("sums of 3 periods left out: 8 of them needed, found 6"))
        let auto = try AutoForecast(horizon: 3).fit(series)
        #expect(!auto.summary.contains("left out") && !auto.summary.contains("temporal hierarchy"), "\(auto.summary)")
    }

    @Test("validation refits keep each level's selected ETS form")
    func refit() throws {
        let fitted = try TemporalHierarchy().fit(ModelContract.seasonalSeries)
        let method = try #require(fitted.validationMethod as? TemporalHierarchy)
        for (k, model) in zip(fitted.levels, fitted.models) {
            let ets = try #require(model as? FittedETS)
            let fixed = try #require(method.method(level: k) as? ETS)
            #expect(fixed.error == ets.form.error && fixed.trend == ets.form.trend && fixed.season == ets.form.season)
        }
    }

    @Test("a base that cannot fit the series says so")
    func tooShort() {
        #expect(throws: FitError.self) { try TemporalHierarchy().fit(TimeSeries(values: [1, 2, 3], seasonalPeriod: 12)) }
    }
}
