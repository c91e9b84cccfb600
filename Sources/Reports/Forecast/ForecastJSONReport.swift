import Forecasting
import Foundation

/// The `plancast fit --format json` document: one object per series with the model, trend,
/// seasonal indices, forecast with intervals, backtest (scores, the compared models' scores and
/// every point forecast) and target probability (schema in docs/output-json.md).
public enum ForecastJSONReport {
    struct Document: Encodable {
        let schema = "plancast.fit/1"
        let series: [SeriesDocument]
    }

    struct SeriesDocument: Encodable {
        let id: String
        let frequency: String
        let start: String
        let end: String
        let model: String
        let summary: String
        let notes: [String]
        let filledPoints: Int
        let filledPeriods: [String]
        let trendPerPeriod: Double
        let seasonalIndices: [String: Double]
        let seasonalOffsets: [String: Double]
        let unusualValues: [Unusual]
        let forecast: [Row]
        let backtest: Backtest?
        let target: Target?
    }

    /// A history value far from the trend and season (`UnusualValues`).
    struct Unusual: Encodable {
        let period: String
        let value: Double
        let expected: Double
    }

    struct Row: Encodable {
        let date: String
        let mean: Double
        let intervals: [Interval]
    }

    struct Interval: Encodable {
        let level: Double
        let lower: Double
        let upper: Double
    }

    struct Backtest: Encodable {
        let origins: Int
        let horizon: Int
        let model: Scores
        let seasonalNaive: Scores
        /// The compared models (`--compare`), in the order asked for; empty without.
        let comparisons: [Comparison]
        let points: [Point]
    }

    /// A compared model's scores at the same origins, or why it has none.
    struct Comparison: Encodable {
        let model: String
        let scores: Scores?
        let unavailable: String?
    }

    /// One backtest forecast of the chosen model beside what happened.
    struct Point: Encodable {
        let origin: String
        let period: String
        let stepsAhead: Int
        let forecast: Double
        let actual: Double
    }

    struct Scores: Encodable {
        let mape: Double?
        let smape: Double
        let mase: Double?
        let bias: Double
        let coverage: [String: Double]
    }

    struct Target: Encodable {
        let target: Double
        let window: String
        let probability: Double
        let standardError: Double
        let paths: Int
        /// Actual values of window periods inside the history, which every path's sum includes.
        let observedPart: Double
        /// The window sum's 10th, 50th and 90th percentiles over the paths, keyed "10", "50", "90".
        let sumPercentiles: [String: Double]
    }

    /// - Parameter filledPeriods: the periods filled from their neighbours, per series id.
    /// - Throws: `EncodingError` when a value is not a finite number.
    public static func write(_ results: [SeriesForecast], filledPeriods: [String: [Period]] = [:], to stream: inout some TextOutputStream) throws {
        try JSONOutput.write(Document(series: results.map { document($0, filled: filledPeriods[$0.series.id] ?? []) }), to: &stream)
    }

    /// The profile's seasonal effects by season name when the pattern has this form, else none.
    private static func seasonalEffects(_ profile: SeasonalProfile, form: SeasonalForm, frequency: Frequency) -> [String: Double] {
        guard profile.form == form else { return [:] }
        return Dictionary(uniqueKeysWithValues: profile.seasons.map { (frequency.seasonName($0.position), $0.effect) })
    }

    static func document(_ result: SeriesForecast, filled: [Period]) -> SeriesDocument {
        let frequency = result.series.frequency
        return SeriesDocument(
            id: result.series.id, frequency: frequency.rawValue,
            start: result.series.start.description, end: result.series.end.description,
            model: result.request.model.rawValue, summary: result.summary, notes: result.notes,
            filledPoints: filled.count, filledPeriods: filled.map(\.description),
            trendPerPeriod: result.profile.trendPerPeriod,
            seasonalIndices: seasonalEffects(result.profile, form: .multiplicative, frequency: frequency),
            seasonalOffsets: seasonalEffects(result.profile, form: .additive, frequency: frequency),
            unusualValues: result.unusual.map {
                Unusual(period: result.series.start.advanced(by: $0.index).description, value: $0.value, expected: $0.expected)
            },
            forecast: result.periods.enumerated().map { h, period in
                Row(date: period.description, mean: result.forecast.mean[h],
                    intervals: result.forecast.intervals.map { Interval(level: $0.level, lower: $0.lower[h], upper: $0.upper[h]) })
            },
            backtest: result.backtest.map { backtest in
                Backtest(origins: backtest.origins, horizon: backtest.horizon, model: scores(backtest.model), seasonalNaive: scores(backtest.seasonalNaive),
                         comparisons: backtest.comparisons.map { reference in
                             switch reference.outcome {
                             case let .scored(summary): Comparison(model: reference.model.rawValue, scores: scores(summary), unavailable: nil)
                             case let .unavailable(reason): Comparison(model: reference.model.rawValue, scores: nil, unavailable: reason)
                             }
                         },
                         points: backtest.points.map {
                             Point(origin: $0.origin.description, period: $0.period.description, stepsAhead: $0.stepsAhead, forecast: $0.forecast, actual: $0.actual)
                         })
            },
            target: result.target.map {
                Target(target: $0.target.value, window: "\($0.target.window.lowerBound)..\($0.target.window.upperBound)",
                       probability: $0.probability, standardError: $0.standardError, paths: $0.paths, observedPart: $0.observedPart,
                       sumPercentiles: ["10": $0.sumQuantiles.p10, "50": $0.sumQuantiles.p50, "90": $0.sumQuantiles.p90])
            })
    }

    static func scores(_ summary: AccuracySummary) -> Scores {
        Scores(mape: summary.mape, smape: summary.smape, mase: summary.mase, bias: summary.bias,
               coverage: Dictionary(uniqueKeysWithValues: summary.coverage.map { (ForecastCSVReport.levelName($0.level), $0.share) }))
    }
}
