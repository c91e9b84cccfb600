/// How `auto` combines its members' point forecasts at each horizon.
public enum CombinationRule: String, CaseIterable, Codable, Sendable {
    /// The equal-weight mean.
    case mean
    /// The median (for an even count, the mean of the middle two): robust to one member
    /// going astray (Petropoulos & Svetunkov 2020 use it for their M4 combination).
    case median

    func combine(_ values: [Double]) -> Double {
        switch self {
        case .mean:
            return values.reduce(0, +) / Double(values.count)
        case .median:
            let sorted = values.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
    }
}
