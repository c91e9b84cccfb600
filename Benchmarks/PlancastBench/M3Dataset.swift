import Foundation

/// One M3 series split as in the competition: the training values and the held-out test values.
struct M3Series: Sendable {
    let id: String
    let training: [Double]
    let test: [Double]
}

/// The M3 sets the forecast benchmark runs, with the competition's horizons. `other` holds
/// 174 series whose frequency the data do not state, forecast without a season.
enum M3Set: String, CaseIterable, Sendable {
    case monthly, quarterly, yearly, other

    var horizon: Int {
        switch self {
        case .monthly: 18
        case .quarterly, .other: 8
        case .yearly: 6
        }
    }

    var seasonalPeriod: Int {
        switch self {
        case .monthly: 12
        case .quarterly: 4
        case .yearly, .other: 1
        }
    }

    /// Periods per window whose sums `WindowSumCalibration` scores: a quarter of monthly data,
    /// a year of quarterly data, and half the horizon of the others.
    var sumWindow: Int {
        switch self {
        case .monthly, .yearly: 3
        case .quarterly, .other: 4
        }
    }

    /// Training values an origin beyond the first must leave (three seasonal cycles, and
    /// never fewer than 12), so deeper origins do not fill the pool with fits to a few points.
    var minimumValidationTraining: Int { max(3 * seasonalPeriod, 12) }

    /// Each series cut `origin` horizons before the end of its training data, scored on the
    /// horizon that follows; from the second origin on, only series with
    /// `minimumValidationTraining` values left.
    func validationFolds(of series: [M3Series], origin: Int) -> [M3Series] {
        series.compactMap { s in
            let length = s.training.count - origin * horizon
            guard origin == 1 || length >= minimumValidationTraining else { return nil }
            return M3Series(id: s.id, training: Array(s.training.prefix(length)), test: Array(s.training[length..<(length + horizon)]))
        }
    }

    /// Reads `m3_<set>.csv` (columns `series_id, …, t, value, split`; see the data's SOURCE.md).
    /// The files hold plain numbers and identifiers, never quoted fields, so a comma split is exact.
    func load(from directory: URL) throws -> [M3Series] {
        let text = try String(contentsOf: directory.appendingPathComponent("m3_\(rawValue).csv"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline)
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        guard let idColumn = header.firstIndex(of: "series_id"), let tColumn = header.firstIndex(of: "t"),
              let valueColumn = header.firstIndex(of: "value"), let splitColumn = header.firstIndex(of: "split")
        else { throw BenchmarkError("m3_\(rawValue).csv: unexpected header \(header)") }
        var order = [String]()
        var rows = [String: [(t: Int, value: Double, isTest: Bool)]]()
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let id = String(fields[idColumn])
            guard let t = Int(fields[tColumn]), let value = Double(fields[valueColumn]) else {
                throw BenchmarkError("m3_\(rawValue).csv: bad row \(line)")
            }
            if rows[id] == nil { order.append(id) }
            rows[id, default: []].append((t, value, fields[splitColumn] == "test"))
        }
        return order.map { id in
            let sorted = rows[id]!.sorted { $0.t < $1.t }
            return M3Series(id: id, training: sorted.filter { !$0.isTest }.map(\.value), test: sorted.filter(\.isTest).map(\.value))
        }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
