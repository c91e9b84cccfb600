import Statistics

/// Fits the requested model to a dated series and assembles what `plancast fit` reports.
public enum SeriesForecaster {
    /// - Throws: `FitError` when the model cannot be fitted (under `auto` only when the series
    ///   has fewer than 2 values), `ForecastRequestError` for a target window outside the
    ///   history and horizon, a regressor without a value for a period of the history or the
    ///   horizon, a changepoint outside the history, the log form of a series with a value
    ///   ≤ 0, or any of these with a model other than the regression.
    public static func run(_ series: DatedSeries, request: ForecastRequest) throws -> SeriesForecast {
        let data = series.timeSeries
        let method = NonNegativeForecasts(base: try self.method(for: series, request: request))
        let fitted = try method.fit(data)
        let forecast = fitted.forecast(horizon: request.horizon, levels: request.levels)
        let periods = series.futurePeriods(request.horizon)
        return SeriesForecast(
            series: series,
            request: request,
            fitted: fitted,
            summary: fitted.summary,
            notes: (fitted.base as? FittedAuto)?.notes ?? [],
            profile: SeasonalProfile(series),
            unusual: UnusualValues.find(in: series.values, seasonalPeriod: series.frequency.seasonalPeriod),
            periods: periods,
            forecast: forecast,
            backtest: try request.backtestOrigins.map { try backtest(method, series, origins: $0, request: request) },
            target: try request.target.map { try targetOutcome($0, series: series, fitted: fitted, request: request) })
    }

    /// Backtests the chosen `method` and, at the same origins, every model of
    /// `request.backtestReferences`.
    ///
    /// Compared models are fitted as they would be if chosen (with their default settings,
    /// censored at zero like the chosen model), so `--compare ets` scores what `--model ets`
    /// would. A compared model that cannot be fitted at some origin, or forecasts a non-finite
    /// number, is `unavailable` with the reason rather than failing the run.
    /// - Throws: `FitError` when the chosen model or seasonal naive cannot be backtested.
    static func backtest(_ method: some ForecastingMethod, _ series: DatedSeries, origins: Int, request: ForecastRequest) throws -> BacktestComparison {
        let data = series.timeSeries
        let backtest = Backtest(horizon: request.horizon, origins: origins, levels: request.levels)
        let minimum = data.seasonalPeriod + 2
        let model = try backtest.run(method, on: data, minimumTraining: minimum)
        let naive = try backtest.run(SeasonalNaive(), on: data, minimumTraining: minimum)
        let compared = request.backtestReferences.dropFirst().map { choice in
            BacktestReference(model: choice, outcome: outcome(of: NonNegativeForecasts(base: choice.method(horizon: request.horizon)),
                                                               backtest: backtest, on: data, minimumTraining: minimum))
        }
        return BacktestComparison(
            origins: origins, horizon: request.horizon, model: AccuracySummary(model.map(\.metrics)),
            references: [BacktestReference(model: .snaive, outcome: .scored(AccuracySummary(naive.map(\.metrics))))] + compared,
            points: BacktestPoint.points(of: model, in: series))
    }

    /// A compared model's accuracy, or why it has none.
    static func outcome(of method: some ForecastingMethod, backtest: Backtest, on data: TimeSeries, minimumTraining: Int) -> BacktestReference.Outcome {
        let folds: [Backtest.Fold]
        do {
            folds = try backtest.run(method, on: data, minimumTraining: minimumTraining)
        } catch {
            return .unavailable(reason: error.reason)
        }
        let summary = AccuracySummary(folds.map(\.metrics))
        let numbers = [summary.smape, summary.bias] + [summary.mape, summary.mase].compactMap { $0 } + summary.coverage.map(\.share)
        guard numbers.allSatisfy(\.isFinite) else { return .unavailable(reason: "its forecasts were not all finite numbers") }
        return .scored(summary)
    }

    static func targetOutcome(_ target: ForecastRequest.Target, series: DatedSeries, fitted: any FittedModel, request: ForecastRequest) throws -> TargetOutcome {
        let window = target.window
        guard window.lowerBound >= series.start else {
            throw ForecastRequestError("the target window starts \(window.lowerBound), before the history (\(series.start))")
        }
        let lastForecast = series.end.advanced(by: request.horizon)
        guard window.upperBound <= lastForecast else {
            throw ForecastRequestError("the target window ends \(window.upperBound), after the last forecast period \(lastForecast); raise the horizon")
        }
        let observed = series.periods.indices.filter { window.contains(series.start.advanced(by: $0)) }.reduce(0) { $0 + series.values[$1] }
        let steps = (1...request.horizon).filter { window.contains(series.end.advanced(by: $0)) }
        let paths = fitted.simulate(horizon: request.horizon, paths: request.paths, seed: request.seed, component: StreamKey("forecast").child(series.id))
        let sums = paths.map { path in observed + steps.reduce(0) { $0 + path[$1 - 1] } }.sorted()
        let hits = Double(sums.filter { $0 >= target.value }.count)
        let count = Double(sums.count)
        let p = hits / count
        func quantile(_ q: Double) -> Double { sums[min(Int(q * count), sums.count - 1)] }
        return TargetOutcome(
            target: target, observedPart: observed, probability: p,
            standardError: (p * (1 - p) / count).squareRoot(),
            sumQuantiles: (quantile(0.1), quantile(0.5), quantile(0.9)), paths: request.paths)
    }
}
