import Forecasting
import Foundation

/// `plancast-bench unusual [--data DIR]`: how often `fit` names unusual values
/// (`UnusualValues`) in the M3 training series, and where in the series: per set, the series
/// with one or more, the values named and their share of all values, and how many fall
/// among the first three and the last three values of their series.
enum UnusualValuesBenchmark {
    static let usage = "usage: plancast-bench unusual [--data DIR]"

    static func run(arguments: [String]) {
        let options = BenchOptions(arguments, usage: usage, valued: ["--data"])
        let directory = options.value("--data").map { URL(fileURLWithPath: $0) } ?? ForecastBenchmark.defaultData
        print("M3 training series: values UnusualValues names")
        print(ForecastBenchmark.row("set", "series", "with", "named", "share", "first3", "last3"))
        for set in M3Set.allCases {
            do {
                let series = try set.load(from: directory)
                var withAny = 0, named = 0, values = 0, first = 0, last = 0
                for s in series {
                    let found = UnusualValues.find(in: s.training, seasonalPeriod: set.seasonalPeriod)
                    values += s.training.count
                    named += found.count
                    if !found.isEmpty { withAny += 1 }
                    first += found.filter { $0.index < 3 }.count
                    last += found.filter { $0.index >= s.training.count - 3 }.count
                }
                print(ForecastBenchmark.row(set.rawValue, String(series.count), String(withAny), String(named),
                                            String(format: "%.2f%%", 100 * Double(named) / Double(values)), String(first), String(last)))
            } catch {
                print("skipped M3 \(set.rawValue): \(error)")
            }
        }
    }
}
