/// What `plancast fit` asks of each series: model, horizon, levels, the optional backtest (and
/// the models compared with it) and target probability, and the regression's terms.
public struct ForecastRequest: Sendable, Equatable {
    public var model: ModelChoice
    public var horizon: Int
    /// Interval levels in (0, 1), e.g. `[0.8, 0.95]`.
    public var levels: [Double]
    /// Rolling-origin backtest over this many origins; nil for none.
    public var backtestOrigins: Int?
    /// Models backtested at the same origins as `model`, beside seasonal naive, with their
    /// default settings (the regression's terms apply to `model` only). Ignored without
    /// `backtestOrigins`; repeats, `model` and seasonal naive are dropped
    /// (`backtestReferences`).
    public var comparedModels: [ModelChoice]
    /// P(sum over `window` ≥ `value`) from sample paths; nil for none.
    public var target: Target?
    /// Sample paths drawn for the target probability.
    public var paths: Int
    public var seed: UInt64
    /// What the regression adds to its trend and season; other models refuse anything but
    /// the default.
    public var regression: Regression

    /// A sales target over a window of periods.
    public struct Target: Sendable, Equatable {
        public var value: Double
        public var window: ClosedRange<Period>
        public init(value: Double, window: ClosedRange<Period>) {
            self.value = value
            self.window = window
        }
    }

    /// The regression's optional terms and form (`SeasonalTrendRegression`).
    public struct Regression: Sendable, Equatable {
        /// Explanatory series (spend, event flags), each needing a value for every period of
        /// the history and the horizon.
        public var regressors: [DatedSeries]
        /// Periods from which the trend may change slope.
        public var changepoints: [Period]
        /// Fit the logarithm, so trend, season and effects are proportional (positive data).
        public var logarithmic: Bool
        /// Seasonal dummies, Fourier pairs (a smoother season with fewer parameters), or none.
        public var seasonality: SeasonalTrendRegression.Seasonality
        /// Damping φ in (0, 1] of the trend past the history; 1 extends it as a straight line.
        public var damping: Double

        public init(regressors: [DatedSeries] = [], changepoints: [Period] = [], logarithmic: Bool = false,
                    seasonality: SeasonalTrendRegression.Seasonality = .dummies, damping: Double = 1) {
            self.regressors = regressors
            self.changepoints = changepoints
            self.logarithmic = logarithmic
            self.seasonality = seasonality
            self.damping = damping
        }
    }

    /// The models the backtest scores beside `model`: seasonal naive, then each compared model
    /// once, in the order given, leaving out `model` and seasonal naive.
    public var backtestReferences: [ModelChoice] {
        var references = [ModelChoice.snaive]
        for choice in comparedModels where choice != model && !references.contains(choice) {
            references.append(choice)
        }
        return references
    }

    /// 10,000 paths put the Monte Carlo standard error of a probability below 0.005.
    public static let defaultPaths = 10_000

    public init(model: ModelChoice = .auto, horizon: Int, levels: [Double] = [0.8, 0.95], backtestOrigins: Int? = nil,
                comparedModels: [ModelChoice] = [], target: Target? = nil, paths: Int = ForecastRequest.defaultPaths, seed: UInt64 = 1,
                regression: Regression = Regression()) {
        self.model = model
        self.horizon = horizon
        self.levels = levels
        self.backtestOrigins = backtestOrigins
        self.comparedModels = comparedModels
        self.target = target
        self.paths = paths
        self.seed = seed
        self.regression = regression
    }
}

/// A request that does not fit the series (a target window outside the data and horizon, a
/// regressor without a value for a period, a changepoint outside the history, a logarithm of
/// a value that is not positive, more Fourier pairs than the season has, regression terms for
/// another model).
public struct ForecastRequestError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
