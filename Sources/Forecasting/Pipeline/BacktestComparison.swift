/// Backtest accuracy of the chosen model beside seasonal naive on the same origins, and the
/// chosen model's point forecasts at every origin (for charts and scripts).
public struct BacktestComparison: Sendable, Equatable {
    public var origins: Int
    public var horizon: Int
    public var model: AccuracySummary
    public var seasonalNaive: AccuracySummary
    /// The chosen model's forecasts next to what happened: `horizon` points per origin,
    /// oldest origin first, each origin's points in period order.
    public var points: [BacktestPoint]
}

/// One backtest forecast: made at `origin` (the last period of the training data) for
/// `period`, beside the value observed there.
public struct BacktestPoint: Sendable, Equatable {
    public var origin: Period
    public var period: Period
    /// The forecast mean.
    public var forecast: Double
    public var actual: Double

    public init(origin: Period, period: Period, forecast: Double, actual: Double) {
        self.origin = origin
        self.period = period
        self.forecast = forecast
        self.actual = actual
    }

    /// How many periods ahead of its origin the forecast was (1 for the next period).
    public var stepsAhead: Int { origin.distance(to: period) }

    /// The points of backtest folds of `series`, oldest origin first.
    /// - Precondition: the folds were made from `series`' values.
    static func points(of folds: [Backtest.Fold], in series: DatedSeries) -> [BacktestPoint] {
        folds.flatMap { fold in
            let origin = series.start.advanced(by: fold.trainingLength - 1)
            return fold.actual.indices.map { step in
                BacktestPoint(origin: origin, period: origin.advanced(by: step + 1), forecast: fold.forecast.mean[step], actual: fold.actual[step])
            }
        }
    }
}
