/// A date as written in a data file, before it is placed on a frequency's grid.
///
/// Accepted spellings: `YYYY-MM-DD` (a day), `YYYY-MM` (a month), `YYYY-Qn` (a quarter),
/// `YYYY-Www` (an ISO 8601 week) and `YYYY` (a year). Years are four digits, 1000…9999.
/// Exports write the same dates in other ways, also accepted (`CalendarDate+ExportSpellings`):
/// `2024/01/15`, `15.01.2024`, timestamps, and `1/15/2024` when a `SlashDateOrder` says how
/// to read it.
public enum CalendarDate: Hashable, Sendable {
    case day(year: Int, month: Int, day: Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case week(isoYear: Int, week: Int)
    case year(Int)

    /// The spelling's name for messages: "YYYY-MM-DD", "YYYY-MM", …
    public var format: String {
        switch self {
        case .day: "YYYY-MM-DD"
        case .month: "YYYY-MM"
        case .quarter: "YYYY-Qn"
        case .week: "YYYY-Www"
        case .year: "YYYY"
        }
    }

    /// Parses one of the accepted spellings (surrounding spaces ignored); nil when malformed
    /// or out of range (month 13, 30 February, week 53 of a 52-week ISO year, …).
    /// - Parameter slashOrder: how to read `1/2/2024`; nil refuses such dates.
    public init?(parsing raw: String, slashOrder: SlashDateOrder? = nil) {
        let text = Self.isoSpelling(raw.trimmingSpaces())
        if let dayFirst = Self.dayFirst(text) {
            self = dayFirst
            return
        }
        if let slashOrder, text.utf8.contains(UInt8(ascii: "/")) {
            guard let day = Self.slashDay(text, order: slashOrder) else { return nil }
            self = day
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCIIDigit),
              let year = Int(first), year >= 1000
        else { return nil }
        switch parts.count {
        case 1:
            self = .year(year)
        case 2:
            self.init(year: year, secondField: parts[1])
        case 3:
            guard let month = Self.number(parts[1], digits: 2), let day = Self.number(parts[2], digits: 2),
                  let date = Self.validDay(year: year, month: month, day: day)
            else { return nil }
            self = date
        default:
            return nil
        }
    }

    private init?(year: Int, secondField field: String) {
        if let month = Self.number(field, digits: 2) {
            guard (1...12).contains(month) else { return nil }
            self = .month(year: year, month: month)
        } else if field.first == "Q" || field.first == "q" {
            guard let quarter = Self.number(String(field.dropFirst()), digits: 1), (1...4).contains(quarter)
            else { return nil }
            self = .quarter(year: year, quarter: quarter)
        } else if field.first == "W" || field.first == "w" {
            guard let week = Self.number(String(field.dropFirst()), digits: 2),
                  (1...CivilCalendar.isoWeeksInYear(year)).contains(week)
            else { return nil }
            self = .week(isoYear: year, week: week)
        } else {
            return nil
        }
    }

    /// The day, when the calendar has it (no month 13, no 30 February).
    static func validDay(year: Int, month: Int, day: Int) -> CalendarDate? {
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day) else { return nil }
        return .day(year: year, month: month, day: day)
    }

    private static func number(_ text: String, digits: Int) -> Int? {
        guard text.count == digits, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// Days since 1970-01-01 of the first day the date covers (the day itself for a day,
    /// Monday for an ISO week).
    public var firstDay: Int {
        switch self {
        case let .day(year, month, day): CivilCalendar.days(year: year, month: month, day: day)
        case let .month(year, month): CivilCalendar.days(year: year, month: month, day: 1)
        case let .quarter(year, quarter): CivilCalendar.days(year: year, month: 3 * quarter - 2, day: 1)
        case let .week(isoYear, week): CivilCalendar.mondayOfISOWeek1(isoYear) + 7 * (week - 1)
        case let .year(year): CivilCalendar.days(year: year, month: 1, day: 1)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
