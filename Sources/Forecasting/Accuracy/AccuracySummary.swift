/// The average of many accuracy scores (over backtest origins, or over the series of a
/// benchmark): means of sMAPE, MAPE, MASE, bias and MSIS, and pooled interval coverage.
///
/// MAPE, MASE and MSIS average only the scores that exist (see `AccuracyMetrics`); `count`
/// says how many scores were averaged in all.
public struct AccuracySummary: Sendable, Equatable {
    public var count: Int
    public var smape: Double
    public var mape: Double?
    public var mase: Double?
    public var bias: Double
    public var coverage: [AccuracyMetrics.Coverage]
    /// Mean MSIS of each interval level; nil when no score has a scale.
    public var msis: [Double]?

    /// - Precondition: `scores` is non-empty and every score has the same interval levels.
    public init(_ scores: [AccuracyMetrics]) {
        precondition(!scores.isEmpty, "nothing to summarise")
        count = scores.count
        smape = Self.mean(scores.map(\.smape))!
        mape = Self.mean(scores.compactMap(\.mape))
        mase = Self.mean(scores.compactMap(\.mase))
        bias = Self.mean(scores.map(\.bias))!
        coverage = scores[0].coverage.indices.map { index in
            AccuracyMetrics.Coverage(level: scores[0].coverage[index].level, share: Self.mean(scores.map { $0.coverage[index].share })!)
        }
        let scaled = scores.compactMap(\.msis)
        msis = scaled.isEmpty ? nil : scores[0].coverage.indices.map { index in Self.mean(scaled.map { $0[index] })! }
    }

    private static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
