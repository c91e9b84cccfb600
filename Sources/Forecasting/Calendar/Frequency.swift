/// How often a series is observed; fixes its seasonal period and how its dates are written.
public enum Frequency: String, CaseIterable, Codable, Sendable {
    case weekly
    case monthly
    case quarterly
    case yearly

    /// Periods per seasonal cycle: 52 weekly, 12 monthly, 4 quarterly, 1 yearly (no season).
    ///
    /// Weekly uses 52 although ISO years have 52 or 53 weeks: models need a fixed cycle, and
    /// the 53rd week is rare enough (about one year in six) to fold into week 52's pattern.
    public var seasonalPeriod: Int {
        switch self {
        case .weekly: 52
        case .monthly: 12
        case .quarterly: 4
        case .yearly: 1
        }
    }

    /// The period's name in running text: "week", "month", "quarter", "year".
    public var periodNoun: String {
        switch self {
        case .weekly: "week"
        case .monthly: "month"
        case .quarterly: "quarter"
        case .yearly: "year"
        }
    }
}
