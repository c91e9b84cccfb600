/// Backtest accuracy of the chosen model beside other models on the same origins — seasonal
/// naive always, and any compared models — and the chosen model's point forecasts at every
/// origin (for charts and scripts).
public struct BacktestComparison: Sendable, Equatable {
    public var origins: Int
    public var horizon: Int
    public var model: AccuracySummary
    /// The other models at the same origins: seasonal naive first, then the compared models in
    /// the order asked for (`ForecastRequest.backtestReferences`).
    public var references: [BacktestReference]
    /// The chosen model's forecasts next to what happened: `horizon` points per origin,
    /// oldest origin first, each origin's points in period order.
    public var points: [BacktestPoint]

    /// - Precondition: the first reference is seasonal naive's, scored.
    public init(origins: Int, horizon: Int, model: AccuracySummary, references: [BacktestReference], points: [BacktestPoint]) {
        precondition(references.first?.model == .snaive && references.first?.accuracy != nil, "seasonal naive is the first reference")
        self.origins = origins
        self.horizon = horizon
        self.model = model
        self.references = references
        self.points = points
    }

    /// Seasonal naive's accuracy, the yardstick every backtest reports.
    public var seasonalNaive: AccuracySummary { references[0].accuracy! }

    /// The compared models (every reference after seasonal naive).
    public var comparisons: ArraySlice<BacktestReference> { references.dropFirst() }
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
