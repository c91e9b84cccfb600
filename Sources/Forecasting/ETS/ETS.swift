/// Exponential smoothing in the innovations state-space form of Hyndman, Koehler, Ord &
/// Snyder (2008), *Forecasting with Exponential Smoothing: the State Space Approach*
/// (see also Hyndman & Athanasopoulos, *FPP3*, ch. 8).
///
/// Each component left `nil` is chosen automatically: every admissible combination is fitted
/// by maximum likelihood and the lowest AICc wins, as `forecast::ets` does by default —
/// no multiplicative trend; no additive error with multiplicative season (numerically
/// unstable); multiplicative parts only for strictly positive data; seasonal forms only when
/// the period is 2…24 and the series is long enough. Short series fall back to simpler
/// forms rather than fail, and the fitted model's `notes` say so. One departure from
/// `forecast::ets`'s parameter region: the slope smoothing β is at most 0.2/m for seasonal
/// period m (`ETSObjective.slopeSmoothingLimit(seasonalPeriod:)`, the region statsforecast's
/// `AutoETS` searches), so the slope of a short trending series cannot follow each change.
/// For speed, every candidate is first screened (smoothing parameters only, initial states
/// at their heuristic values) and only the `refinedCandidates` best are fully estimated
/// (see `ETSEstimator`).
public struct ETS: ForecastingMethod {
    public var error: ETSErrorType?
    public var trend: ETSTrendType?
    public var season: ETSSeasonType?
    /// Factor applied to the forecast-error variance of intervals and sample paths; 1 is the
    /// textbook model. Values above 1 widen intervals when backtests show under-coverage.
    public var varianceInflation: Double

    /// - Parameters: `nil` components are selected by AICc.
    public init(error: ETSErrorType? = nil, trend: ETSTrendType? = nil, season: ETSSeasonType? = nil,
                varianceInflation: Double = 1) {
        self.error = error
        self.trend = trend
        self.season = season
        self.varianceInflation = varianceInflation
    }

    /// One fixed form, e.g. `ETS(ETSForm(error: .multiplicative, trend: .damped, season: .multiplicative))`.
    public init(_ form: ETSForm, varianceInflation: Double = 1) {
        self.init(error: form.error, trend: form.trend, season: form.season, varianceInflation: varianceInflation)
    }

    public var name: String { "ets" }

    /// The largest seasonal period estimated (`forecast::ets`'s limit): beyond it the m − 1
    /// seasonal states make the likelihood optimisation unreliable.
    public static let maximumSeasonalPeriod = 24
    /// A form is fitted only when n > (its parameter count) + 4 (`forecast::ets`'s rule).
    static let spareObservations = 4

    /// The fewest observations that can estimate `form` with seasonal period `m`: more than
    /// `forecast::ets`'s parameter count (α, ℓ₀; β, b₀; γ and m seasonal states; φ) plus 4.
    public static func minimumLength(of form: ETSForm, seasonalPeriod m: Int) -> Int {
        var count = 2
        if form.hasTrend { count += 2 }
        if form.hasSeason { count += m }
        if form.isDamped { count += 1 }
        return count + spareObservations + 1
    }
}
