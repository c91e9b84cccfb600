/// One period on a frequency's grid: a week, month, quarter or year.
///
/// Periods of the same frequency are numbered consecutively (`ordinal`), so the distance
/// between two periods and the period `k` steps ahead are integer arithmetic.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let frequency: Frequency
    /// Consecutive numbering: months since year 0, quarters since year 0, years, or weeks
    /// since the Monday 1970-01-05.
    public let ordinal: Int

    public init(frequency: Frequency, ordinal: Int) {
        self.frequency = frequency
        self.ordinal = ordinal
    }

    /// The period of `frequency` that holds `date`; nil when the date is written at another
    /// granularity that does not name one period (a quarter on a monthly grid, a month on a
    /// weekly grid, …). Days map to the period that contains them.
    public init?(_ date: CalendarDate, frequency: Frequency) {
        switch (frequency, date) {
        case let (.monthly, .month(year, month)), let (.monthly, .day(year, month, _)):
            ordinal = year * 12 + month - 1
        case let (.quarterly, .quarter(year, quarter)):
            ordinal = year * 4 + quarter - 1
        case let (.quarterly, .day(year, month, _)), let (.quarterly, .month(year, month)):
            ordinal = year * 4 + (month - 1) / 3
        case let (.yearly, .year(year)), let (.yearly, .day(year, _, _)):
            ordinal = year
        case (.weekly, .week), (.weekly, .day):
            ordinal = Self.weekOrdinal(ofDays: date.firstDay)
        default:
            return nil
        }
        self.frequency = frequency
    }

    /// The period `count` steps later (earlier when negative).
    public func advanced(by count: Int) -> Period { Period(frequency: frequency, ordinal: ordinal + count) }

    /// Steps from `self` to `other` (positive when `other` is later).
    public func distance(to other: Period) -> Int {
        precondition(frequency == other.frequency, "periods of different frequencies")
        return other.ordinal - ordinal
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Position in the seasonal cycle, 0 ..< seasonalPeriod (month − 1, quarter − 1, ISO week − 1
    /// with week 53 folded into 52, and 0 for years).
    public var seasonIndex: Int {
        switch frequency {
        case .monthly: Self.floorMod(ordinal, 12)
        case .quarterly: Self.floorMod(ordinal, 4)
        case .yearly: 0
        case .weekly: min(isoWeek.week, 52) - 1
        }
    }

    /// `2026-07`, `2026-Q3`, `2026-W05` or `2026`.
    public var description: String {
        switch frequency {
        case .monthly:
            let year = Self.floorDiv(ordinal, 12)
            return "\(year)-\(Self.padded(ordinal - year * 12 + 1))"
        case .quarterly:
            let year = Self.floorDiv(ordinal, 4)
            return "\(year)-Q\(ordinal - year * 4 + 1)"
        case .yearly:
            return "\(ordinal)"
        case .weekly:
            let (year, week) = isoWeek
            return "\(year)-W\(Self.padded(week))"
        }
    }

    /// The period's first day, in days since 1970-01-01: the first of its month, quarter or
    /// year, or the Monday of its ISO week.
    public var firstDay: Int {
        switch frequency {
        case .monthly:
            let year = Self.floorDiv(ordinal, 12)
            return CivilCalendar.days(year: year, month: ordinal - year * 12 + 1, day: 1)
        case .quarterly:
            let year = Self.floorDiv(ordinal, 4)
            return CivilCalendar.days(year: year, month: 3 * (ordinal - year * 4) + 1, day: 1)
        case .yearly:
            return CivilCalendar.days(year: ordinal, month: 1, day: 1)
        case .weekly:
            return ordinal * 7 + Self.firstMonday
        }
    }

    /// How many days the period holds (28 to 31 for a month, 7 for a week, …).
    public var dayCount: Int { advanced(by: 1).firstDay - firstDay }

    private var isoWeek: (isoYear: Int, week: Int) { CivilCalendar.isoWeek(ofDays: ordinal * 7 + Self.firstMonday) }

    /// 1970-01-05, the first Monday of the day count, numbered week 0.
    private static let firstMonday = 4

    private static func weekOrdinal(ofDays count: Int) -> Int {
        floorDiv(count - CivilCalendar.weekday(ofDays: count) - firstMonday, 7)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - b * floorDiv(a, b) }
    private static func padded(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
