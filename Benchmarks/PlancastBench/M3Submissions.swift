import Foundation

/// The original M3 submissions (`m3_original_forecasts.csv`): per method, per series, the
/// forecast for steps 1…H.
struct M3Submissions {
    /// Methods printed beside ours, in this order (the strongest and the usual baselines).
    static let methods = ["THETA", "ForecastPro", "COMB S-H-D", "DAMPEN", "B-J auto", "NAIVE2"]

    /// forecasts[method][seriesID] = values by step.
    let forecasts: [String: [String: [Double]]]

    init(directory: URL, frequency: M3Set) throws {
        let text = try String(contentsOf: directory.appendingPathComponent("m3_original_forecasts.csv"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline)
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        let columns = Self.methods.compactMap { method in header.firstIndex(of: method).map { (method, $0) } }
        guard columns.count == Self.methods.count,
              let idColumn = header.firstIndex(of: "series_id"), let frequencyColumn = header.firstIndex(of: "frequency"),
              let stepColumn = header.firstIndex(of: "step")
        else { throw BenchmarkError("m3_original_forecasts.csv: unexpected header") }
        var table = [String: [String: [(Int, Double)]]]()
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields[frequencyColumn] == frequency.rawValue, let step = Int(fields[stepColumn]) else { continue }
            for (method, column) in columns {
                guard let value = Double(fields[column]) else { continue }
                table[method, default: [:]][String(fields[idColumn]), default: []].append((step, value))
            }
        }
        forecasts = table.mapValues { bySeries in bySeries.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) } }
    }
}
