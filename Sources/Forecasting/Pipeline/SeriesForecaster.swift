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
            periods: periods,
            forecast: forecast,
            backtest: try request.backtestOrigins.map { try backtest(method, series, origins: $0, request: request) },
            target: try request.target.map { try targetOutcome($0, series: series, fitted: fitted, request: request) })
    }

    /// The requested model; for the regression, with the request's regressors aligned to the
    /// series, its changepoints as positions in it, and its form.
    static func method(for series: DatedSeries, request: ForecastRequest) throws(ForecastRequestError) -> any ForecastingMethod {
        guard request.model == .regression else {
            guard request.regression == ForecastRequest.Regression() else {
                throw ForecastRequestError("regressors, changepoints and the log form need the regression model; \(request.model.rawValue) does not use them")
            }
            return request.model.method(horizon: request.horizon)
        }
        var regressors = [SeasonalTrendRegression.Regressor]()
        let terms = request.regression
        if terms.logarithmic, let index = series.values.firstIndex(where: { $0 <= 0 }) {
            throw ForecastRequestError("the log form needs positive values; \"\(series.id)\" has \(formatSignificant(series.values[index])) in \(series.start.advanced(by: index))")
        }
        for regressor in terms.regressors {
            regressors.append(.init(name: regressor.id, values: try aligned(regressor, to: series, horizon: request.horizon)))
        }
        var changepoints = [Int]()
        for period in terms.changepoints {
            let position = series.start.distance(to: period)
            guard position > 0, position < series.values.count - 1 else {
                throw ForecastRequestError("changepoint \(period) is not inside the history of \"\(series.id)\" (\(series.start) to \(series.end)); the trend can only change between its first and last period")
            }
            changepoints.append(position)
        }
        return SeasonalTrendRegression(form: terms.logarithmic ? .log : .additive, changepoints: changepoints, regressors: regressors)
    }

    /// The regressor's values for every period of the series and the horizon.
    static func aligned(_ regressor: DatedSeries, to series: DatedSeries, horizon: Int) throws(ForecastRequestError) -> [Double] {
        let offset = regressor.start.distance(to: series.start)
        var values = [Double]()
        for position in 0..<(series.values.count + horizon) {
            let index = offset + position
            guard regressor.values.indices.contains(index) else {
                let period = series.start.advanced(by: position)
                let when = position < series.values.count
                    ? "in the history of \"\(series.id)\""
                    : "forecast period \(position - series.values.count + 1) of \(horizon); add its planned value"
                throw ForecastRequestError("regressor \"\(regressor.id)\" has no value for \(period), \(when) (it runs \(regressor.start) to \(regressor.end))")
            }
            values.append(regressor.values[index])
        }
        return values
    }

    static func backtest(_ method: some ForecastingMethod, _ series: DatedSeries, origins: Int, request: ForecastRequest) throws -> BacktestComparison {
        let data = series.timeSeries
        let backtest = Backtest(horizon: request.horizon, origins: origins, levels: request.levels)
        let minimum = data.seasonalPeriod + 2
        let model = try backtest.run(method, on: data, minimumTraining: minimum)
        let naive = try backtest.run(SeasonalNaive(), on: data, minimumTraining: minimum)
        return BacktestComparison(
            origins: origins, horizon: request.horizon,
            model: AccuracySummary(model.map(\.metrics)), seasonalNaive: AccuracySummary(naive.map(\.metrics)),
            points: BacktestPoint.points(of: model, in: series))
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
