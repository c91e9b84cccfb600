/// The naive method: every forecast is the last observation (a random walk).
///
/// σ² is the mean squared one-step change (FPP3 §5.5). Needs at least 2 observations.
public struct Naive: ForecastingMethod {
    public init() {}
    public var name: String { "naive" }

    public func fit(_ series: TimeSeries) throws(FitError) -> FittedRandomWalk {
        try RandomWalkEstimator(name: name, lag: 1, withDrift: false).fit(series.values, summary: "naive (last value)")
    }
}

/// The seasonal naive method: each forecast repeats the last observation of the same season.
///
/// σ² is the mean squared change over one seasonal cycle (FPP3 §5.5). Needs more than one
/// full cycle; with a seasonal period of 1 it equals `Naive`.
public struct SeasonalNaive: ForecastingMethod {
    public init() {}
    public var name: String { "snaive" }

    public func fit(_ series: TimeSeries) throws(FitError) -> FittedRandomWalk {
        try RandomWalkEstimator(name: name, lag: series.seasonalPeriod, withDrift: false)
            .fit(series.values, summary: "seasonal naive (same period last cycle)")
    }
}

/// The drift method: the line from the first to the last observation, extended.
///
/// The drift is the mean one-step change `c = (y_T − y_1)/(T − 1)`, its standard error
/// `s/√(T−1)` with `s` the standard deviation of the changes (FPP3 §5.5). Needs at least 3
/// observations.
public struct Drift: ForecastingMethod {
    public init() {}
    public var name: String { "drift" }

    public func fit(_ series: TimeSeries) throws(FitError) -> FittedRandomWalk {
        try RandomWalkEstimator(name: name, lag: 1, withDrift: true).fit(series.values, summary: "drift (trend from first to last value)")
    }
}
