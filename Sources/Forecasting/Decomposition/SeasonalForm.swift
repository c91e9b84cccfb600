/// How a seasonal pattern combines with the rest of a series.
public enum SeasonalForm: String, Sendable, Codable {
    /// y = deseasonalised × index: each season a share above or below an average period.
    /// Needs positive data.
    case multiplicative
    /// y = deseasonalised + offset: each season an amount above or below an average period.
    /// Used for data with zeros or negative values, which ratios cannot describe.
    case additive

    /// The form for these values: multiplicative when every value is positive.
    static func fitting(_ values: [Double]) -> SeasonalForm {
        values.allSatisfy { $0 > 0 } ? .multiplicative : .additive
    }

    /// The component of "no seasonal effect": index 1 or offset 0.
    var neutral: Double { self == .multiplicative ? 1 : 0 }

    /// The value with a seasonal component (or a trend) taken out: y / c or y − c.
    func remove(_ component: Double, from value: Double) -> Double {
        self == .multiplicative ? value / component : value - component
    }

    /// The inverse of `remove`: a · c or a + c.
    func restore(_ component: Double, to adjusted: Double) -> Double {
        self == .multiplicative ? adjusted * component : adjusted + component
    }
}
