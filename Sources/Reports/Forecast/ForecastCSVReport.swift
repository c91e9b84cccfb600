import Foundation
import Forecasting

/// Long-form forecast CSV for many series: `series_id,date,mean,lo80,hi80,lo95,hi95`
/// (one lo/hi pair per requested level, named by its percentage).
public enum ForecastCSVReport {
    public static func write(_ results: [SeriesForecast], to stream: inout some TextOutputStream) {
        let levels = results.first?.forecast.intervals.map { levelName($0.level) } ?? []
        stream.write((["series_id", "date", "mean"] + levels.flatMap { ["lo\($0)", "hi\($0)"] }).joined(separator: ",") + "\n")
        for result in results {
            for (h, period) in result.periods.enumerated() {
                let cells = [field(result.series.id), period.description, number(result.forecast.mean[h])]
                    + result.forecast.intervals.flatMap { [number($0.lower[h]), number($0.upper[h])] }
                stream.write(cells.joined(separator: ",") + "\n")
            }
        }
    }

    /// `0.8` → `80`, `0.975` → `97.5`.
    static func levelName(_ level: Double) -> String {
        let percent = level * 100
        return percent == percent.rounded() ? String(Int(percent)) : String(percent)
    }

    /// Full precision (shortest round-trip spelling), so files re-read exactly.
    static func number(_ value: Double) -> String { "\(value)" }

    /// Quotes a field holding a comma, quote or line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
