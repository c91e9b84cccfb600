/// Rolling-origin evaluation (Tashman 2000; *FPP3* §5.10 "time series cross-validation").
///
/// With n observations, horizon H and N origins, origin i = 0 … N−1 trains on the first
/// `n − H − (N − 1 − i)` values and forecasts the next H, so the last origin's forecast ends
/// at the last observation and every origin is scored on H periods.
public struct Backtest: Sendable {
    public var horizon: Int
    public var origins: Int
    public var levels: [Double]

    public init(horizon: Int, origins: Int, levels: [Double]) {
        precondition(horizon >= 1 && origins >= 1, "horizon and origins must be positive")
        self.horizon = horizon
        self.origins = origins
        self.levels = levels
    }

    /// One origin's forecast next to what happened.
    public struct Fold: Sendable {
        /// Training length (the origin).
        public var trainingLength: Int
        public var actual: [Double]
        public var forecast: Forecast
        public var metrics: AccuracyMetrics
    }

    /// Training lengths of the origins, oldest first.
    public func trainingLengths(seriesLength n: Int) -> [Int] {
        (0..<origins).map { n - horizon - (origins - 1 - $0) }
    }

    /// Fits `method` at every origin and scores it.
    /// - Throws: `FitError` when the earliest origin leaves fewer than `minimumTraining`
    ///   observations, or when the method cannot be fitted at some origin (the reason then
    ///   says which: a regressor that never varied before it, say).
    public func run<Method: ForecastingMethod>(
        _ method: Method, on series: TimeSeries, minimumTraining: Int = 2
    ) throws(FitError) -> [Fold] {
        let lengths = trainingLengths(seriesLength: series.values.count)
        guard let first = lengths.first, first >= minimumTraining else {
            // What would fit, so the message says how to change the request.
            let possible = series.values.count - horizon - minimumTraining + 1
            let advice = possible >= 1 ? "at most \(possible) origin\(possible == 1 ? "" : "s") fit this history"
                : "the history is too short to backtest \(horizon) periods ahead"
            throw FitError(
                model: method.name,
                reason: "a backtest of \(origins) origins × \(horizon) periods needs at least \(minimumTraining + horizon + origins - 1) observations, found \(series.values.count); \(advice)")
        }
        var folds = [Fold]()
        for length in lengths {
            let training = Array(series.values.prefix(length))
            let fitted: Method.Fitted
            do {
                fitted = try method.fit(TimeSeries(values: training, seasonalPeriod: series.seasonalPeriod))
            } catch {
                throw FitError(model: error.model, reason: "at the backtest origin after observation \(length) of \(series.values.count): \(error.reason)")
            }
            let actual = Array(series.values[length..<(length + horizon)])
            let forecast = fitted.forecast(horizon: horizon, levels: levels)
            let metrics = AccuracyMetrics(actual: actual, forecast: forecast, training: training, seasonalPeriod: series.seasonalPeriod)
            folds.append(Fold(trainingLength: length, actual: actual, forecast: forecast, metrics: metrics))
        }
        return folds
    }
}
