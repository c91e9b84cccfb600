import Forecasting
import Testing

/// What every model must do with any finite series, however odd: refuse it with a `FitError`
/// that says what is wrong, or fit it and give finite fitted values, finite forecasts with
/// ordered, nested intervals, and finite sample paths.
///
/// The mean must lie inside the widest interval, not every one: the mean of a skewed forecast
/// (the log form's log-normal, multiplicative errors) can lie outside a narrow central
/// interval. For the log-normal, exp(μ + v/2) passes the central p interval's upper end
/// exp(μ + z_p√v) once √v > 2z_p (1.35 at 50%, 2.56 at 80%, 5.15 at 99%); a history with a
/// spike 10⁷ times its level reaches √v ≈ 3.3.
///
/// The orderings are checked exactly, with no tolerance: every interval is built as
/// `centre ± width` with a non-negative width per level (or a monotone transform of that), so
/// rounding cannot reverse them, and a reversal is a real fault (a negative or NaN width).
enum RobustnessContract {
    /// Short, so the suite stays fast: long enough for seasonal models to wrap once at m ≤ 4.
    static let horizon = 6
    /// Unsorted on purpose: nesting is checked by level, not by position.
    static let levels = [0.8, 0.5, 0.99, 0.95]
    /// Paths are only checked for being finite, so a few suffice.
    static let paths = 8
    static let seed: UInt64 = 17

    enum Outcome {
        case fitted(any FittedModel)
        case refused(FitError)
    }

    /// Fits `method` to `series` and checks the result (see `RobustnessContract`).
    @discardableResult
    static func check(_ method: some ForecastingMethod, on series: TimeSeries,
                      sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        let fitted: any FittedModel
        do {
            fitted = try method.fit(series)
        } catch {
            checkMessage(error, method: method, sourceLocation: sourceLocation)
            return .refused(error)
        }
        checkFitted(fitted, count: series.values.count, sourceLocation: sourceLocation)
        return .fitted(fitted)
    }

    /// A refusal names the model and gives a reason a planner can act on (not a bare number).
    static func checkMessage(_ error: FitError, method: some ForecastingMethod, sourceLocation: SourceLocation) {
        #expect(error.model == method.name, "\(error)", sourceLocation: sourceLocation)
        #expect(error.reason.split(separator: " ").count >= 3, "a reason in words: \(error)", sourceLocation: sourceLocation)
    }

    static func checkFitted(_ fitted: any FittedModel, count: Int, sourceLocation: SourceLocation) {
        #expect(fitted.fittedValues.count == count, sourceLocation: sourceLocation)
        #expect(fitted.fittedValues.allSatisfy { $0.isFinite }, "fitted values \(fitted.fittedValues) of \(fitted.summary)",
                sourceLocation: sourceLocation)
        #expect(!fitted.summary.isEmpty, sourceLocation: sourceLocation)
        let forecast = fitted.forecast(horizon: horizon, levels: levels)
        #expect(forecast.mean.count == horizon, sourceLocation: sourceLocation)
        #expect(forecast.mean.allSatisfy { $0.isFinite }, "mean \(forecast.mean) of \(fitted.summary)", sourceLocation: sourceLocation)
        #expect(forecast.intervals.map(\.level) == levels, sourceLocation: sourceLocation)
        let nested = forecast.intervals.sorted { $0.level < $1.level }
        for interval in nested {
            #expect(interval.lower.count == horizon && interval.upper.count == horizon, sourceLocation: sourceLocation)
            #expect((interval.lower + interval.upper).allSatisfy { $0.isFinite },
                    "\(interval.level) interval \(interval.lower) … \(interval.upper) of \(fitted.summary)", sourceLocation: sourceLocation)
            for h in 0..<min(horizon, interval.lower.count, interval.upper.count) {
                #expect(interval.lower[h] <= interval.upper[h],
                        "\(interval.level) interval \(interval.lower[h]) … \(interval.upper[h]) at h = \(h + 1) (\(fitted.summary))",
                        sourceLocation: sourceLocation)
            }
        }
        if let widest = nested.last {
            for h in 0..<min(horizon, widest.lower.count, widest.upper.count, forecast.mean.count) {
                #expect(widest.lower[h] <= forecast.mean[h] && forecast.mean[h] <= widest.upper[h],
                        "\(widest.level) interval \(widest.lower[h]) … \(widest.upper[h]) brackets the mean \(forecast.mean[h]) at h = \(h + 1) (\(fitted.summary))",
                        sourceLocation: sourceLocation)
            }
        }
        for (inner, outer) in zip(nested, nested.dropFirst()) {
            for h in 0..<min(horizon, inner.lower.count, outer.lower.count, inner.upper.count, outer.upper.count) {
                #expect(outer.lower[h] <= inner.lower[h] && inner.upper[h] <= outer.upper[h],
                        "\(outer.level) interval contains the \(inner.level) interval at h = \(h + 1) (\(fitted.summary))",
                        sourceLocation: sourceLocation)
            }
        }
        let paths = fitted.simulate(horizon: horizon, paths: paths, seed: seed)
        #expect(paths.allSatisfy { $0.count == horizon }, sourceLocation: sourceLocation)
        #expect(paths.allSatisfy { $0.allSatisfy { $0.isFinite } }, "sample paths \(paths.prefix(2)) of \(fitted.summary)",
                sourceLocation: sourceLocation)
    }
}
