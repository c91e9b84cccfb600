import Statistics

/// Forecasts of a quantity that cannot fall below zero — sales, leads, spend — for the
/// `plancast fit` pipeline: when no value of the history is negative, the base model's
/// forecast distribution is censored at zero.
///
/// The models are fitted as they are (most assume unbounded, often normal, errors), so on a
/// small or spiky series their lower bounds can fall far below zero ("95% low: −6,418 sales").
/// Censoring takes max(0, ·) of the future value: its quantiles are max(0, q), so interval
/// bounds below zero become zero and each interval still holds at least its stated
/// probability (P(max(0, Y) ≤ max(0, u)) = P(Y ≤ u)); sample paths are censored value by
/// value, so sums over a window and P(sum ≥ target) never count negative sales. The point
/// forecast stays the base model's mean, floored at zero. A history with a negative value
/// (net revenue after refunds) is passed through untouched.
struct NonNegativeForecasts: ForecastingMethod {
    let base: any ForecastingMethod

    var name: String { base.name }

    func fit(_ series: TimeSeries) throws(FitError) -> FittedNonNegative {
        FittedNonNegative(base: try base.fit(series), censors: series.values.allSatisfy { $0 >= 0 })
    }
}

/// A fitted model whose forecasts and paths are censored at zero when `censors`; see
/// `NonNegativeForecasts`.
struct FittedNonNegative: FittedModel {
    let base: any FittedModel
    /// Whether the history had no negative value.
    let censors: Bool

    var summary: String { base.summary }
    var fittedValues: [Double] { base.fittedValues }

    func forecast(horizon: Int, levels: [Double]) -> Forecast {
        let forecast = base.forecast(horizon: horizon, levels: levels)
        guard censors else { return forecast }
        return Forecast(
            mean: forecast.mean.map { max($0, 0) },
            intervals: forecast.intervals.map {
                PredictionInterval(level: $0.level, lower: $0.lower.map { max($0, 0) }, upper: $0.upper.map { max($0, 0) })
            })
    }

    func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        let path = base.samplePath(horizon: horizon, using: &rng)
        return censors ? path.map { max($0, 0) } : path
    }
}
