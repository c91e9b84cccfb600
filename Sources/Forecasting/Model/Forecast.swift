/// Point forecasts with central prediction intervals.
public struct Forecast: Sendable, Equatable {
    /// The mean forecast for each period ahead.
    public var mean: [Double]
    /// One interval per requested level, in the order requested.
    public var intervals: [PredictionInterval]

    public init(mean: [Double], intervals: [PredictionInterval]) {
        self.mean = mean
        self.intervals = intervals
    }
}

/// A central prediction interval: the future value lies in `lower[h]...upper[h]` with
/// probability `level`.
public struct PredictionInterval: Sendable, Equatable {
    /// Coverage probability in (0, 1), e.g. 0.8.
    public var level: Double
    public var lower: [Double]
    public var upper: [Double]

    public init(level: Double, lower: [Double], upper: [Double]) {
        self.level = level
        self.lower = lower
        self.upper = upper
    }
}
