/// The values an input may take; a distribution must stay inside it for every draw.
enum ValueDomain: Sendable {
    /// 0 or more: spend, leads, amounts, multipliers. `noun` names the input in messages.
    case nonNegative(_ noun: String)
    /// More than 0: a cost per lead, a half-saturation spend, a slope.
    case positive(_ noun: String)
    /// A probability or rate in [0, 1].
    case rate(_ noun: String)
}

/// The smallest interval holding every value a distribution can draw.
struct Support: Sendable {
    var lower: Double
    var upper: Double
    /// False when the lower end is approached but never drawn (log-normal and gamma at 0).
    var lowerIsAttained: Bool = true

    static let realLine = Support(lower: -.infinity, upper: .infinity, lowerIsAttained: false)
    static let positiveHalfLine = Support(lower: 0, upper: .infinity, lowerIsAttained: false)
    static let unitInterval = Support(lower: 0, upper: 1)

    static func point(_ value: Double) -> Support { Support(lower: value, upper: value) }

    /// The support of values observed in data (bootstrap draws only those values).
    static func observed(_ values: [Double]) -> Support {
        Support(lower: values.min() ?? 0, upper: values.max() ?? 0)
    }
}
