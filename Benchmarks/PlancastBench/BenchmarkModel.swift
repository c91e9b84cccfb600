import Forecasting

/// A model the forecast benchmark runs: a `ModelChoice` name, or an `auto` variant written
/// `auto:MEMBER+MEMBER…[:median]` (members are `ModelChoice` names), for comparing
/// combinations by validation without changing the library's default.
struct BenchmarkModel: Sendable {
    let name: String
    private let make: @Sendable (Int) -> any ForecastingMethod

    /// nil when `spec` names neither a model nor a valid `auto:` variant.
    init?(_ spec: String) {
        name = spec
        if let choice = ModelChoice(rawValue: spec) {
            make = { choice.method(horizon: $0) }
            return
        }
        let parts = spec.split(separator: ":").map(String.init)
        guard parts.count >= 2, parts[0] == "auto" else { return nil }
        let members = parts[1].split(separator: "+").compactMap { ModelChoice(rawValue: String($0)) }
        guard !members.isEmpty, !members.contains(.auto) else { return nil }
        let rule = parts.count > 2 ? CombinationRule(rawValue: parts[2]) : .mean
        guard let rule else { return nil }
        make = { horizon in AutoForecast(horizon: horizon, components: members.map { $0.method(horizon: horizon) }, rule: rule) }
    }

    /// The method specification for forecasts `horizon` periods ahead.
    func method(horizon: Int) -> any ForecastingMethod { make(horizon) }
}
