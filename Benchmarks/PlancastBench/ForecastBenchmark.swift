import Dispatch
import Forecasting
import Foundation

/// `plancast-bench forecast [--data DIR] [--sets monthly,quarterly,yearly,other] [--models auto,theta,…]
/// [--validation [--origins K]] [--history N] [--paired] [--sums]` (`--data` defaults to `../shared/data/m3` beside the
/// repository): forecasts the M3 series with each model and prints accuracy beside the
/// original M3 submissions scored by the same code, plus statsforecast when installed.
///
/// `--models` also takes `auto` variants, `auto:theta+damped+ets[:median]` (`BenchmarkModel`).
/// `--validation` scores inside the training data instead of on the test data (the test
/// values are dropped), for choosing designs without looking at the test set: at origin k
/// (1…K, default 1) each series is cut k horizons before the end of its training data and
/// scored on the horizon that follows. Origins beyond the first keep only the series with
/// at least `M3Set.minimumValidationTraining` values left, and the table pools the errors
/// of all origins, so one origin's luck weighs less. `--history N` keeps only the last N
/// training values of each series, as a planner with a few years of history has (the
/// competition's submissions and statsforecast, which saw the whole history, are then left
/// out). `--paired` adds, for every model after
/// the first, its mean sMAPE and MASE difference from the first over the same folds, with
/// standard errors clustered by series (`PairedDifference`), to tell a gain from noise.
/// `--sums` adds a table of how well each model's sample paths forecast sums over windows
/// of several periods (`WindowSumCalibration`).
/// Series are forecast in parallel (`concurrentPerform`); results land in per-series slots,
/// so output does not depend on scheduling.
enum ForecastBenchmark {
    static let levels = [0.8, 0.95]

    /// `../shared/data/m3` beside the repository (found from this file, so any working
    /// directory works).
    static let defaultData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/m3")

    static let usage = "usage: plancast-bench forecast [--data DIR] [--sets monthly,quarterly,yearly,other] [--models auto,theta,…] [--validation [--origins K]] [--history N] [--paired] [--sums]"

    static func run(arguments: [String]) {
        let options = BenchOptions(arguments, usage: usage, valued: ["--data", "--sets", "--models", "--origins", "--history"], flags: ["--validation", "--paired", "--sums"])
        let validation = options.has("--validation")
        let origins = validation ? max(1, options.value("--origins").flatMap { Int($0) } ?? 1) : 0
        let history = options.value("--history").flatMap { Int($0) }.map { max($0, 2) }
        let directory = options.value("--data").map { URL(fileURLWithPath: $0) } ?? defaultData
        let sets = (options.value("--sets") ?? M3Set.allCases.map(\.rawValue).joined(separator: ",")).split(separator: ",").compactMap { M3Set(rawValue: String($0)) }
        let models = (options.value("--models") ?? ModelChoice.allCases.map(\.rawValue).joined(separator: ","))
            .split(separator: ",").compactMap { BenchmarkModel(String($0)) }
        for set in sets {
            do {
                var series = try set.load(from: directory)
                if let history {
                    series = series.map { M3Series(id: $0.id, training: Array($0.training.suffix(history)), test: $0.test) }
                }
                if validation {
                    series = (1...origins).flatMap { set.validationFolds(of: series, origin: $0) }
                }
                let caption = (origins > 1 ? " (validation: \(origins) origins inside the training data)" : validation ? " (validation: last horizon of training)" : "")
                    + (history.map { " (the last \($0) training values)" } ?? "")
                print("M3 \(set.rawValue): \(series.count) \(origins > 1 ? "folds" : "series"), h = \(set.horizon)\(caption)")
                print(row("method", "sMAPE", "MASE", "cov80", "cov95", "MSIS80", "MSIS95", "seconds"))
                var scoresByModel = [[AccuracyMetrics?]]()
                for model in models {
                    let start = DispatchTime.now()
                    let scores = evaluate(model, on: series, set: set)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                    printSummary(model.name, scores.compactMap { $0 }, seconds: seconds)
                    scoresByModel.append(scores)
                }
                if options.has("--paired"), let baseline = scoresByModel.first, models.count > 1 {
                    print("paired differences from \(models[0].name), standard errors clustered by series:")
                    for (model, scores) in zip(models, scoresByModel).dropFirst() {
                        print("  " + PairedDifference.line(model.name, scores, baseline: baseline, series: series))
                    }
                }
                if !validation && history == nil {
                    let submissions = try M3Submissions(directory: directory, frequency: set)
                    for method in M3Submissions.methods {
                        let scores = series.compactMap { s -> AccuracyMetrics? in
                            guard let values = submissions.forecasts[method]?[s.id], values.count == s.test.count else { return nil }
                            return AccuracyMetrics(actual: s.test, forecast: Forecast(mean: values, intervals: []), training: s.training, seasonalPeriod: set.seasonalPeriod)
                        }
                        if !scores.isEmpty { printSummary("\(method) (M3)", scores, seconds: nil) }
                    }
                }
                if options.has("--sums") {
                    print("\nsums over windows of \(set.sumWindow) periods, against \(WindowSumCalibration.paths) sample paths:")
                    print(WindowSumCalibration.header)
                    for model in models { windowSums(model, on: series, set: set).rows(model.name).forEach { print($0) } }
                }
                print("")
            } catch {
                print("skipped M3 \(set.rawValue): \(error)")
            }
        }
        if !validation && history == nil { StatsforecastRunner.run(directory: directory, sets: sets) }
    }

    /// Fits `model` to every series in parallel and scores it on the test values; nil for a
    /// series neither the model nor naive could fit.
    static func evaluate(_ model: BenchmarkModel, on series: [M3Series], set: M3Set) -> [AccuracyMetrics?] {
        let slots = Slots<AccuracyMetrics>(count: series.count)
        DispatchQueue.concurrentPerform(iterations: series.count) { index in
            let s = series[index]
            let data = TimeSeries(values: s.training, seasonalPeriod: set.seasonalPeriod)
            let method = model.method(horizon: set.horizon)
            let fitted: (any FittedModel)? = (try? method.fit(data)) ?? (try? Naive().fit(data))
            guard let fitted else { return }
            let forecast = fitted.forecast(horizon: set.horizon, levels: levels)
            slots[index] = AccuracyMetrics(actual: s.test, forecast: forecast, training: s.training, seasonalPeriod: set.seasonalPeriod)
        }
        return slots.values
    }

    /// Fits `model` to every series in parallel and ranks each window sum of the test values
    /// among its sample paths' sums (series it cannot fit are left out). A pass of its own,
    /// fitting again, so the accuracy table's seconds time fitting and forecasting alone.
    static func windowSums(_ model: BenchmarkModel, on series: [M3Series], set: M3Set) -> WindowSumCalibration {
        let slots = Slots<[Double]>(count: series.count)
        DispatchQueue.concurrentPerform(iterations: series.count) { index in
            let s = series[index]
            let data = TimeSeries(values: s.training, seasonalPeriod: set.seasonalPeriod)
            guard let fitted = try? model.method(horizon: set.horizon).fit(data) else { return }
            slots[index] = WindowSumCalibration.pits(of: fitted, actual: s.test, width: set.sumWindow, seed: UInt64(index))
        }
        return WindowSumCalibration(pits: slots.values.compactMap { $0 })
    }

    static func printSummary(_ name: String, _ scores: [AccuracyMetrics], seconds: Double?) {
        let summary = AccuracySummary(scores)
        let coverage = summary.coverage.map { String(format: "%.1f", $0.share * 100) }
        // Submissions carry no intervals, so no coverage and no MSIS.
        func msis(_ level: Double) -> String {
            summary.coverage.firstIndex { $0.level == level }.flatMap { summary.msis?[$0] }.map { String(format: "%.2f", $0) } ?? "-"
        }
        print(row(
            name, String(format: "%.2f", summary.smape), summary.mase.map { String(format: "%.3f", $0) } ?? "-",
            coverage.first ?? "-", coverage.dropFirst().first ?? "-",
            msis(0.8), msis(0.95),
            seconds.map { String(format: "%.2f", $0) } ?? "-"))
    }

    static func row(_ cells: String...) -> String {
        let widths = [22, 8, 8, 7, 7, 8, 8, 9]
        return zip(cells, widths).enumerated().map { index, pair in
            let (cell, width) = pair
            let padding = String(repeating: " ", count: max(width - cell.count, 1))
            return index == 0 ? cell + padding : padding + cell
        }.joined()
    }
}
