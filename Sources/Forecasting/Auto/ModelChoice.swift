/// The models a user can ask for by name (`--model`), one spelling for CLI, files and reports.
public enum ModelChoice: String, CaseIterable, Codable, Sendable {
    case auto
    case ets
    case theta
    case dotm
    case damped
    case arima
    case regression
    case snaive
    case naive
    case drift

    /// The method's specification; `horizon` is the horizon `auto` calibrates its intervals for.
    public func method(horizon: Int) -> any ForecastingMethod {
        switch self {
        case .auto: AutoForecast(horizon: horizon)
        case .ets: ETS()
        case .theta: Theta()
        case .dotm: DynamicOptimisedTheta()
        case .damped: DampedTrend()
        case .arima: ARIMA()
        case .regression: SeasonalTrendRegression()
        case .snaive: SeasonalNaive()
        case .naive: Naive()
        case .drift: Drift()
        }
    }
}
