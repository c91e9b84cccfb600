/// Everything `plancast fit` reports for one series.
public struct SeriesForecast: Sendable {
    public var series: DatedSeries
    public var request: ForecastRequest
    /// The fitted model (ask it for more sample paths with `simulate`).
    public var fitted: any FittedModel
    /// What was fitted, and any fallbacks or left-out components.
    public var summary: String
    public var notes: [String]
    public var profile: SeasonalProfile
    /// History values far from the trend and season (`UnusualValues`), for the planner to check.
    public var unusual: [UnusualValue]
    /// The periods of `forecast.mean`.
    public var periods: [Period]
    public var forecast: Forecast
    public var backtest: BacktestComparison?
    public var target: TargetOutcome?
}

/// P(sum over a window ≥ target), estimated from joint sample paths.
public struct TargetOutcome: Sendable, Equatable {
    public var target: ForecastRequest.Target
    /// Observed values already in the window (periods before the forecast starts).
    public var observedPart: Double
    public var probability: Double
    /// Monte Carlo standard error √(p(1 − p)/paths).
    public var standardError: Double
    /// The 10th, 50th and 90th percentiles of the window's sum.
    public var sumQuantiles: (p10: Double, p50: Double, p90: Double)
    public var paths: Int

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.target == rhs.target && lhs.observedPart == rhs.observedPart && lhs.probability == rhs.probability
            && lhs.paths == rhs.paths && lhs.sumQuantiles == rhs.sumQuantiles
    }
}
