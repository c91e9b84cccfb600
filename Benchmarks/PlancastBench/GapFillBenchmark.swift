import Dispatch
import Forecasting
import Foundation
import Statistics

/// `plancast-bench fill [--data DIR] [--share S]`: how well `--fill` restores values that were
/// there, and what it does to the forecast. From every M3 monthly and quarterly training
/// series it removes a share S (default 0.1) of the interior values at random (a stream keyed
/// by the series) and fills them with straight lines and with `GapFilling` (along the seasonal
/// pattern). It prints the mean absolute error of the filled values over the series' in-sample
/// seasonal-naive error (the MASE scale), so a filler no better than the same month a year
/// earlier scores about 1; then the MASE on the competition's test horizon of `auto` fitted to
/// the complete training series and to each filled one. Gaps left by a planner are rarer than
/// a tenth, but with fewer the pattern is estimated from more data, so this is the harder case.
enum GapFillBenchmark {
    static let usage = "usage: plancast-bench fill [--data DIR] [--share S]"

    /// One series with values removed, and its fills.
    struct Case: Sendable {
        let series: M3Series
        let gaps: [Int]
        let linear: [Double]
        let seasonal: [Double]
        let scale: Double

        /// Mean absolute error of the filled values, over the MASE scale.
        func fillError(_ filled: [Double]) -> Double {
            gaps.reduce(0) { $0 + abs(filled[$1] - series.training[$1]) } / Double(gaps.count) / scale
        }
    }

    static func run(arguments: [String]) {
        let options = BenchOptions(arguments, usage: usage, valued: ["--data", "--share"])
        let directory = options.value("--data").map { URL(fileURLWithPath: $0) } ?? ForecastBenchmark.defaultData
        let share = options.value("--share").flatMap(Double.init) ?? 0.1
        print("M3 training series with \(Int(share * 100))% of interior values removed and filled")
        print("mean absolute error of the filled values over the MASE scale; MASE of auto on the test horizon")
        print(ForecastBenchmark.row("set", "series", "values", "linear", "seasonal", "ratio"))
        for set in [M3Set.monthly, .quarterly] {
            do {
                let cases = try set.load(from: directory).enumerated().compactMap { index, series in
                    gapped(series, index: index, share: share, period: set.seasonalPeriod)
                }
                let removed = cases.reduce(0) { $0 + $1.gaps.count }
                let linear = mean(cases.map { $0.fillError($0.linear) }), seasonal = mean(cases.map { $0.fillError($0.seasonal) })
                print(ForecastBenchmark.row("\(set.rawValue) fill", String(cases.count), String(removed), String(format: "%.3f", linear),
                                            String(format: "%.3f", seasonal), String(format: "%.2f", seasonal / linear)))
                let complete = testMASE(cases, set: set, training: \.series.training)
                let fromLinear = testMASE(cases, set: set, training: \.linear)
                let fromSeasonal = testMASE(cases, set: set, training: \.seasonal)
                print(ForecastBenchmark.row("\(set.rawValue) forecast", String(cases.count), "", String(format: "%.3f", fromLinear),
                                            String(format: "%.3f", fromSeasonal), String(format: "%.2f", fromSeasonal / fromLinear))
                      + String(format: "   (complete history: %.3f)", complete))
            } catch {
                print("skipped M3 \(set.rawValue): \(error)")
            }
        }
    }

    /// The series with a share of its interior values removed and filled both ways; nil when
    /// no value was removed or the series has no MASE scale.
    static func gapped(_ series: M3Series, index: Int, share: Double, period: Int) -> Case? {
        guard let scale = AccuracyMetrics.maseScale(series.training, seasonalPeriod: period), scale > 0 else { return nil }
        var rng = RandomStream(seed: 2_026, component: StreamKey("gap-fill-benchmark").child(index))
        let gaps = (1..<(series.training.count - 1)).filter { _ in rng.nextUnit() < share }
        guard !gaps.isEmpty else { return nil }
        let values = series.training.indices.map { gaps.contains($0) ? nil : series.training[$0] }
        return Case(series: series, gaps: gaps, linear: GapFilling.filled(values, seasonalPeriod: 1),
                    seasonal: GapFilling.filled(values, seasonalPeriod: period), scale: scale)
    }

    /// Mean test-horizon MASE of `auto` fitted to each case's `training` values, scaled by
    /// the complete history so every variant is measured in the same units.
    static func testMASE(_ cases: [Case], set: M3Set, training: KeyPath<Case, [Double]> & Sendable) -> Double {
        let slots = Slots<Double>(count: cases.count)
        DispatchQueue.concurrentPerform(iterations: cases.count) { index in
            let item = cases[index]
            let data = TimeSeries(values: item[keyPath: training], seasonalPeriod: set.seasonalPeriod)
            guard let fitted = try? AutoForecast(horizon: set.horizon).fit(data) else { return }
            let forecast = fitted.forecast(horizon: set.horizon, levels: [])
            slots[index] = AccuracyMetrics(actual: item.series.test, forecast: forecast, training: item.series.training,
                                           seasonalPeriod: set.seasonalPeriod).mase
        }
        return mean(slots.values.compactMap { $0 })
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
}
