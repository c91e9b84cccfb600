/// A calendar month, e.g. 2026-07: the unit of plan windows and monthly series.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    /// 1 = January … 12 = December.
    public var month: Int

    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month must be 1...12")
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` (also accepts `YYYY-MM-DD`, ignoring the day); nil when malformed.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts[0].count == 4, let year = Int(parts[0]),
              parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil }
        }
        self.init(year: year, month: month)
    }

    /// Months since year 0, so differences between months are plain subtraction.
    public var ordinal: Int { year * 12 + (month - 1) }

    public init(ordinal: Int) {
        let year = ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12
        self.init(year: year, month: ordinal - year * 12 + 1)
    }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> YearMonth { YearMonth(ordinal: ordinal + count) }

    /// Months from `other` to `self` (positive when `self` is later).
    public func months(since other: YearMonth) -> Int { ordinal - other.ordinal }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    /// `YYYY-MM`.
    public var description: String {
        let paddedMonth = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(paddedMonth)"
    }
}
