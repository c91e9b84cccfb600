import Forecasting
import Foundation

/// The human-readable `plancast fit` report for one series: model and why, trend and seasonal
/// pattern in words, the forecast table, backtest accuracy beside seasonal naive and any
/// compared models, and the target probability.
public struct ForecastTextReport {
    public var result: SeriesForecast
    /// Periods filled from their neighbours while reading the file (none when empty).
    public var filledPeriods: [Period]

    public init(_ result: SeriesForecast, filledPeriods: [Period] = []) {
        self.result = result
        self.filledPeriods = filledPeriods
    }

    /// How this series' amounts are spelled: by the mean magnitude of its history.
    private var style: NumberText.Style {
        let values = result.series.values
        return NumberText.Style(scale: values.map(abs).reduce(0, +) / Double(max(values.count, 1)))
    }

    public func write(to stream: inout some TextOutputStream) {
        let series = result.series
        let noun = series.frequency.periodNoun
        stream.write("Series \(series.id): \(series.frequency.rawValue), \(series.start) to \(series.end), \(series.values.count) values\n")
        if !filledPeriods.isEmpty {
            let count = filledPeriods.count
            var listed = filledPeriods.prefix(Self.filledShown).map(\.description).joined(separator: ", ")
            if count > Self.filledShown { listed += " and \(count - Self.filledShown) more" }
            stream.write("Filled \(count) missing value\(count == 1 ? "" : "s") (\(listed)) from \(count == 1 ? "its" : "their") neighbours, "
                         + "along the seasonal pattern where the history has one.\n")
        }
        stream.write("Model: \(result.request.model.rawValue) - \(result.summary)\n")
        for note in result.notes { stream.write("Note: \(note)\n") }
        stream.write("\n")
        writeProfile(to: &stream, noun: noun)
        writeForecast(to: &stream)
        if let backtest = result.backtest { writeBacktest(backtest, to: &stream) }
        if let target = result.target { writeTarget(target, to: &stream) }
    }

    private func writeProfile(to stream: inout some TextOutputStream, noun: String) {
        let profile = result.profile
        let trend = profile.trendPerPeriod
        let sign = trend >= 0 ? "+" : "-"
        let magnitude = style.text(abs(trend))
        // A slope that rounds to zero has no direction ("+0.0000" reads as a measurement).
        let isFlat = magnitude == style.text(0)
        var line = isFlat ? "Trend: flat" : "Trend: \(sign)\(magnitude) per \(noun)"
        if profile.recentLevel != 0 && !isFlat {
            let share = NumberText.percent(abs(trend / profile.recentLevel))
            // A share that rounds to 0.0% carries no direction ("-0.0%" reads as a glitch).
            line += share == NumberText.percent(0) ? " (about 0% of an average \(noun))" : " (\(sign)\(share) of an average \(noun))"
        }
        stream.write(line + "\n")
        if profile.seasons.isEmpty {
            if result.series.frequency != .yearly { stream.write("Seasonality: no clear seasonal pattern.\n") }
        } else {
            stream.write("Seasonality:\n")
            for season in profile.seasons {
                let name = result.series.frequency.seasonName(season.position)
                stream.write("  \(name) \(seasonWords(season.effect, form: profile.form)) an average \(noun)\n")
            }
        }
        writeUnusual(to: &stream)
        stream.write("\n")
    }

    /// The filled periods named in the text; the JSON has them all.
    static let filledShown = 6

    /// The most unusual values listed in the text; the JSON has them all.
    static let unusualShown = 10

    /// Up to `unusualShown` unusual values, the furthest from expected, in date order: as a
    /// share of the expected value for positive data, else in units.
    private func writeUnusual(to stream: inout some TextOutputStream) {
        let unusual = result.unusual
        guard !unusual.isEmpty else { return }
        let ratios = result.series.values.allSatisfy { $0 > 0 }
        func distance(_ value: UnusualValue) -> Double {
            ratios ? abs(log(value.value / value.expected)) : abs(value.value - value.expected)
        }
        stream.write("Unusual values (far from the trend and season; check them, the forecast uses them as they are):\n")
        let shown = unusual.sorted { distance($0) > distance($1) }.prefix(Self.unusualShown).sorted { $0.index < $1.index }
        for value in shown {
            let gap = value.value - value.expected
            let amount = ratios ? NumberText.percent(abs(gap / value.expected)) : style.text(abs(gap))
            stream.write("  \(result.series.start.advanced(by: value.index))  \(style.text(value.value)), "
                         + "\(amount) \(gap > 0 ? "above" : "below") the expected \(style.text(value.expected))\n")
        }
        if unusual.count > shown.count { stream.write("  … and \(unusual.count - shown.count) more (all in --format json)\n") }
    }

    /// "is 31% above", "is 1,200 below", or "is about the same as" for a change below half a
    /// percent or an amount that rounds to 0.
    private func seasonWords(_ effect: Double, form: SeasonalForm) -> String {
        let change = form == .multiplicative ? effect - 1 : effect
        let amount = form == .multiplicative ? NumberText.percent(abs(change)) : style.text(abs(change))
        let negligible = form == .multiplicative ? abs(change) < 0.005 : amount == style.text(0)
        return negligible ? "is about the same as" : "is \(amount) \(change > 0 ? "above" : "below")"
    }

    private func writeForecast(to stream: inout some TextOutputStream) {
        let forecast = result.forecast
        let levels = forecast.intervals.map { NumberText.percent($0.level) }
        stream.write("Forecast" + (levels.isEmpty ? "" : " with \(levels.joined(separator: " and ")) intervals") + ":\n")
        var table = TextTable(header: ["period", "forecast"] + levels.flatMap { ["\($0) low", "\($0) high"] })
        for (h, period) in result.periods.enumerated() {
            table.append([period.description, style.text(forecast.mean[h])]
                + forecast.intervals.flatMap { [style.text($0.lower[h]), style.text($0.upper[h])] })
        }
        table.write(to: &stream)
        stream.write("\n")
    }

    private func writeBacktest(_ backtest: BacktestComparison, to stream: inout some TextOutputStream) {
        stream.write("Backtest: \(backtest.origins) origins, \(backtest.horizon) \(result.series.frequency.periodNoun)s ahead each\n")
        // Seasonal naive chosen as the model is its own yardstick: one column, not two alike.
        let columns = [(result.request.model.rawValue, backtest.model)]
            + backtest.references.filter { $0.model != result.request.model }
                .compactMap { reference in reference.accuracy.map { (Self.label(reference.model), $0) } }
        var table = TextTable(header: ["measure"] + columns.map(\.0))
        func cells(_ name: String, _ value: (AccuracySummary) -> String) {
            table.append([name] + columns.map { value($0.1) })
        }
        cells("MAPE") { $0.mape.map { NumberText.grouped($0, decimals: 1) + "%" } ?? "n/a" }
        cells("sMAPE") { NumberText.grouped($0.smape, decimals: 1) + "%" }
        cells("MASE") { $0.mase.map { NumberText.grouped($0, decimals: 2) } ?? "n/a" }
        cells("bias") { style.text($0.bias) }
        for (index, coverage) in backtest.model.coverage.enumerated() {
            cells("\(NumberText.percent(coverage.level)) coverage") { NumberText.percent($0.coverage[index].share) }
        }
        table.write(to: &stream)
        if !backtest.comparisons.isEmpty {
            for reference in backtest.comparisons {
                if case let .unavailable(reason) = reference.outcome {
                    stream.write("Left out: \(reference.model.rawValue) could not be backtested (\(reason)).\n")
                }
            }
            stream.write(Self.ranking(columns, origins: backtest.origins) + "\n")
        }
        stream.write("\n")
    }

    /// A backtest column's name: seasonal naive in words, as the yardstick; other models by
    /// their `--model` name.
    static func label(_ model: ModelChoice) -> String {
        model == .snaive ? "seasonal naive" : model.rawValue
    }

    /// The model with the lowest MASE (sMAPE when the history gives MASE no scale), the
    /// runner-up, and a reminder that a few origins make a rough ranking:
    /// "Lowest MASE: theta (0.62; next ets, 0.65). A comparison over 6 origins: small
    /// differences are noise." Columns whose scores print alike tie.
    static func ranking(_ columns: [(String, AccuracySummary)], origins: Int) -> String {
        let byMASE = columns.allSatisfy { $0.1.mase != nil }
        let measure = byMASE ? "MASE" : "sMAPE"
        let texts = columns.map { byMASE ? NumberText.grouped($0.1.mase!, decimals: 2) : NumberText.grouped($0.1.smape, decimals: 1) + "%" }
        // Ranked as printed (MASE to 2 decimals, sMAPE to 1), column order among equals.
        let shown = columns.map { byMASE ? ($0.1.mase! * 100).rounded() : ($0.1.smape * 10).rounded() }
        let order = columns.indices.sorted { (shown[$0], $0) < (shown[$1], $1) }
        let best = order.filter { texts[$0] == texts[order[0]] }
        let caveat = "A comparison over \(origins == 1 ? "1 origin" : "\(origins) origins"): small differences are noise."
        guard best.count < columns.count else { return "Every model had the same \(measure) here (\(texts[best[0]]))." }
        let names = best.map { columns[$0].0 }
        let next = order[best.count]
        return "Lowest \(measure): \(names.joined(separator: ", ")) (\(best.count == 1 ? "" : best.count == 2 ? "both " : "all ")"
            + "\(texts[best[0]]); next \(columns[next].0), \(texts[next])). \(caveat)"
    }

    private func writeTarget(_ outcome: TargetOutcome, to stream: inout some TextOutputStream) {
        let window = outcome.target.window
        let windowText = window.lowerBound == window.upperBound ? window.lowerBound.description : "\(window.lowerBound)..\(window.upperBound)"
        stream.write("P(sum over \(windowText) >= \(style.text(outcome.target.value))) = \(NumberText.percent(outcome.probability))")
        let uncertainty = UnanimousTrials.sentence(probability: outcome.probability, trials: outcome.paths, trial: "path")
            ?? "Monte Carlo error \(NumberText.percent(outcome.standardError)), \(NumberText.grouped(Double(outcome.paths))) paths"
        stream.write(" (\(uncertainty))\n")
        if outcome.observedPart != 0 {
            stream.write("  includes \(style.text(outcome.observedPart)) already observed in the window\n")
        }
        let q = outcome.sumQuantiles
        stream.write("  sum: 10% \(style.text(q.p10)), median \(style.text(q.p50)), 90% \(style.text(q.p90))\n")
    }
}
