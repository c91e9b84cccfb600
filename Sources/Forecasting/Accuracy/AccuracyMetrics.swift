/// Point and interval accuracy of one forecast against what happened.
///
/// Definitions (Hyndman & Athanasopoulos, *FPP3* §5.8; Makridakis & Hibon 2000 for sMAPE;
/// Hyndman & Koehler 2006 for MASE), with e_h = y_h − f_h over the H evaluated periods:
/// - sMAPE (M3) = (1/H) Σ 200·|e_h| / (|y_h| + |f_h|), in percent; a term with y = f = 0 is 0.
/// - MAPE = (1/H) Σ 100·|e_h| / |y_h|, in percent; nil when some y_h = 0.
/// - MASE = mean|e_h| / s, where s = mean |y_t − y_{t−m}| over the training data (in-sample
///   seasonal naive); nil when s = 0 or the training data has at most m values.
/// - bias = (1/H) Σ (f_h − y_h): positive when the forecast is too high.
/// - coverage = share of y_h inside each interval.
/// - MSIS (M4's mean scaled interval score; Gneiting & Raftery 2007, §6.2; Makridakis et al.
///   2020) for a central interval [L_h, U_h] at level 1 − a:
///   (1/H) Σ [(U_h − L_h) + (2/a)(L_h − y_h)·1{y_h < L_h} + (2/a)(y_h − U_h)·1{y_h > U_h}] / s,
///   with MASE's scale s; nil when s is. A proper score: lower is better, and unlike coverage
///   it cannot be improved by widening intervals that already cover, so it tells which of two
///   interval methods with similar coverage is sharper.
public struct AccuracyMetrics: Sendable, Equatable {
    public var smape: Double
    public var mape: Double?
    public var mase: Double?
    public var bias: Double
    /// (level, share of actuals inside the interval at that level), in the forecast's order.
    public var coverage: [Coverage]
    /// MSIS of each interval, in the forecast's order; nil when MASE's scale is undefined.
    public var msis: [Double]?

    public struct Coverage: Sendable, Equatable {
        public var level: Double
        public var share: Double
    }

    /// Scores the first `actual.count` periods of `forecast`.
    /// - Parameters:
    ///   - actual: the observed values after the training data (non-empty, ≤ horizon).
    ///   - forecast: the forecast made from `training`.
    ///   - training: the data the forecast was made from (for MASE's scale).
    ///   - seasonalPeriod: m for MASE's seasonal naive scale (1 for none).
    public init(actual: [Double], forecast: Forecast, training: [Double], seasonalPeriod: Int) {
        precondition(!actual.isEmpty && actual.count <= forecast.mean.count, "one forecast per actual")
        let mean = Array(forecast.mean.prefix(actual.count))
        smape = Self.smape(actual: actual, forecast: mean)
        mape = Self.mape(actual: actual, forecast: mean)
        let scale = Self.maseScale(training, seasonalPeriod: seasonalPeriod)
        mase = scale.map { Self.meanAbsoluteError(actual, mean) / $0 }
        msis = scale.map { scale in forecast.intervals.map { Self.intervalScore(actual: actual, interval: $0) / scale } }
        bias = zip(mean, actual).reduce(0) { $0 + $1.0 - $1.1 } / Double(actual.count)
        coverage = forecast.intervals.map { interval in
            let inside = actual.indices.filter { interval.lower[$0] <= actual[$0] && actual[$0] <= interval.upper[$0] }
            return Coverage(level: interval.level, share: Double(inside.count) / Double(actual.count))
        }
    }

    public static func smape(actual: [Double], forecast: [Double]) -> Double {
        let terms = zip(actual, forecast).map { y, f in
            let denominator = abs(y) + abs(f)
            return denominator == 0 ? 0 : 200 * abs(y - f) / denominator
        }
        return terms.reduce(0, +) / Double(terms.count)
    }

    public static func mape(actual: [Double], forecast: [Double]) -> Double? {
        guard !actual.contains(0) else { return nil }
        return zip(actual, forecast).reduce(0) { $0 + 100 * abs($1.0 - $1.1) / abs($1.0) } / Double(actual.count)
    }

    /// Mean absolute seasonal difference of the training data, MASE's denominator.
    public static func maseScale(_ training: [Double], seasonalPeriod m: Int) -> Double? {
        guard training.count > m else { return nil }
        let scale = (m..<training.count).reduce(0) { $0 + abs(training[$1] - training[$1 - m]) } / Double(training.count - m)
        return scale > 0 ? scale : nil
    }

    /// The mean interval score of `interval` over the periods of `actual` (MSIS before scaling).
    static func intervalScore(actual: [Double], interval: PredictionInterval) -> Double {
        let penalty = 2 / (1 - interval.level)
        let total = actual.indices.reduce(0.0) { total, h in
            let (lower, upper, y) = (interval.lower[h], interval.upper[h], actual[h])
            return total + (upper - lower) + penalty * (max(lower - y, 0) + max(y - upper, 0))
        }
        return total / Double(actual.count)
    }

    static func meanAbsoluteError(_ actual: [Double], _ forecast: [Double]) -> Double {
        zip(actual, forecast).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(actual.count)
    }
}
