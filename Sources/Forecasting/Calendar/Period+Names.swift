import Foundation

extension Frequency {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The name of a season position: "December", "Q4", "week 52"; "" for yearly data.
    public func seasonName(_ position: Int) -> String {
        switch self {
        case .monthly: Self.monthNames[position]
        case .quarterly: "Q\(position + 1)"
        case .weekly: "week \(position + 1)"
        case .yearly: ""
        }
    }
}

extension Period {
    /// Parses `FROM..TO` (e.g. `2026-07..2026-09`) into the inclusive range of periods of
    /// `frequency`; a single date is a one-period window. Nil when a date is malformed, off
    /// the frequency's grid, or the end precedes the start.
    public static func window(parsing text: String, frequency: Frequency) -> ClosedRange<Period>? {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 1 || parts.count == 2,
              let startDate = CalendarDate(parsing: parts[0]), let start = Period(startDate, frequency: frequency),
              let endDate = CalendarDate(parsing: parts.last!), let end = Period(endDate, frequency: frequency),
              start <= end
        else { return nil }
        return start...end
    }
}
