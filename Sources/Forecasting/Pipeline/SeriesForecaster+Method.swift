extension SeriesForecaster {
    /// The requested model; for the regression, with the request's regressors aligned to the
    /// series, its changepoints as positions in it, its seasonality, damping and form.
    static func method(for series: DatedSeries, request: ForecastRequest) throws(ForecastRequestError) -> any ForecastingMethod {
        guard request.model == .regression else {
            guard request.regression == ForecastRequest.Regression() else {
                throw ForecastRequestError("regressors, changepoints, Fourier seasonality, damping and the log form need the regression model; \(request.model.rawValue) does not use them")
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
        if case let .fourier(pairs) = terms.seasonality {
            let period = series.frequency.seasonalPeriod
            guard period >= 2 else {
                throw ForecastRequestError("Fourier seasonality needs seasonal data; \(series.frequency.rawValue) data have no season")
            }
            guard pairs >= 1, pairs <= period / 2 else {
                throw ForecastRequestError("\(series.frequency.rawValue) data take 1 to \(period / 2) Fourier pairs (a season of \(period) periods), not \(pairs)")
            }
        }
        guard terms.damping > 0, terms.damping <= 1 else {
            throw ForecastRequestError("the damping must be above 0 and at most 1 (1 keeps the trend straight), not \(formatSignificant(terms.damping))")
        }
        return SeasonalTrendRegression(seasonality: terms.seasonality, form: terms.logarithmic ? .log : .additive, damping: terms.damping,
                                       changepoints: changepoints, regressors: regressors)
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
}
