import Forecasting

/// A model the forecast benchmark runs: a `ModelChoice` name or one of `variants`, or an
/// `auto` variant written `auto:MEMBER+MEMBER…[:median]` (members named the same way), for
/// comparing combinations by validation without changing the library's default.
struct BenchmarkModel: Sendable {
    let name: String
    private let make: @Sendable (Int) -> any ForecastingMethod

    /// nil when `spec` names neither a model nor a valid `auto:` variant.
    init?(_ spec: String) {
        name = spec
        if let single = Self.single(spec) {
            make = single
            return
        }
        let parts = spec.split(separator: ":").map(String.init)
        guard parts.count >= 2, parts[0] == "auto" else { return nil }
        let names = parts[1].split(separator: "+").map(String.init)
        let members = names.compactMap(Self.single)
        guard !members.isEmpty, members.count == names.count, !names.contains(ModelChoice.auto.rawValue) else { return nil }
        let rule = parts.count > 2 ? CombinationRule(rawValue: parts[2]) : .mean
        guard let rule else { return nil }
        make = { horizon in AutoForecast(horizon: horizon, components: members.map { $0(horizon) }, rule: rule) }
    }

    /// Model forms a user cannot name but the validation of `auto` compares: ARIMA with full
    /// seasonal terms, `auto`'s own seasonal-MA ARIMA member, the seasonally adjusting
    /// models with shrunk seasonal indices (`SeasonalIndexRule.shrunk`, as `auto`'s members),
    /// and temporal hierarchies (`TemporalHierarchy`) over ETS with either weighting, and with
    /// series variance scaling over each of `auto`'s members, over every level or over
    /// months, quarters and years only (`-3-12`).
    static let variants: [String: @Sendable () -> any ForecastingMethod] = [
        "arima-terms": { ARIMA(seasonality: .terms) },
        "arima-sma": { AutoForecast.arimaMember },
        "theta-shrunk": { Theta(seasonalIndices: .shrunk) },
        "dotm-shrunk": { DynamicOptimisedTheta(seasonalIndices: .shrunk) },
        "damped-shrunk": { DampedTrend(seasonalIndices: .shrunk) },
        "thief-ets": { TemporalHierarchy(base: ETS(), weighting: .structural) },
        "thief-theta": { TemporalHierarchy(base: Theta(seasonalIndices: .shrunk), weighting: .structural) },
        "thief-ets-var": { TemporalHierarchy(base: ETS(), weighting: .seriesVariance) },
        "thief-ets-var-3-12": { TemporalHierarchy(base: ETS(), weighting: .seriesVariance, aggregationLevels: [3, 12]) },
        "thief-sma-var-3-12": { TemporalHierarchy(base: AutoForecast.arimaMember, weighting: .seriesVariance, aggregationLevels: [3, 12]) },
        "thief-dotm-var-3-12": { TemporalHierarchy(base: DynamicOptimisedTheta(seasonalIndices: .shrunk), weighting: .seriesVariance, aggregationLevels: [3, 12]) },
        "thief-sma-var": { TemporalHierarchy(base: AutoForecast.arimaMember, weighting: .seriesVariance) },
        "thief-damped-var": { TemporalHierarchy(base: DampedTrend(seasonalIndices: .shrunk), weighting: .seriesVariance) },
        "thief-theta-var": { TemporalHierarchy(base: Theta(seasonalIndices: .shrunk), weighting: .seriesVariance) },
        "thief-theta-var-3-12": { TemporalHierarchy(base: Theta(seasonalIndices: .shrunk), weighting: .seriesVariance, aggregationLevels: [3, 12]) },
    ]

    /// A `ModelChoice` or a variant, by name.
    private static func single(_ name: String) -> (@Sendable (Int) -> any ForecastingMethod)? {
        if let choice = ModelChoice(rawValue: name) { return { choice.method(horizon: $0) } }
        guard let variant = variants[name] else { return nil }
        return { _ in variant() }
    }

    /// The method specification for forecasts `horizon` periods ahead.
    func method(horizon: Int) -> any ForecastingMethod { make(horizon) }
}
