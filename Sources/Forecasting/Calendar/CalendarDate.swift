/// A date as written in a data file, before it is placed on a frequency's grid.
///
/// Accepted spellings: `YYYY-MM-DD` (a day), `YYYY-MM` (a month), `YYYY-Qn` (a quarter),
/// `YYYY-Www` (an ISO 8601 week) and `YYYY` (a year). Years are four digits, 1000…9999.
/// Exports write the same dates in a few other unambiguous ways, also accepted: with `/` or
/// `.` in place of `-` after the year (`2024/01/15`), day first with dots (`15.01.2024`, the
/// German and Nordic form), and a day followed by a time of day (`2024-01-15T09:30:00Z`,
/// `2024-01-15 00:00:00`, as databases and pandas write timestamps), whose time is dropped.
/// Dates with slashes and the year last (`1/2/2024`, optionally with a time such as
/// `10:30` or `10:30:00 AM`, as spreadsheets write them) are read only with a
/// `SlashDateOrder`: nothing in them says which number is the month.
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
            guard let month = Self.number(parts[1], digits: 2), (1...12).contains(month),
                  let day = Self.number(parts[2], digits: 2),
                  (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
            else { return nil }
            self = .day(year: year, month: month, day: day)
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

    /// `text` with `/` or `.` after a four-digit year written as `-`, and a time of day after
    /// a `YYYY-MM-DD` day dropped; other text unchanged. The common spellings return at the
    /// first check, so long files pay nothing for the others.
    private static func isoSpelling(_ text: String) -> String {
        guard let fifth = byte(text, at: 4), fifth == UInt8(ascii: "/") || fifth == UInt8(ascii: ".") else { return withoutTimeOfDay(text) }
        guard text.prefix(4).allSatisfy(\.isASCIIDigit), !text.prefix(10).contains("-") else { return text }
        return withoutTimeOfDay(text.replacingAll(Character(Unicode.Scalar(fifth)), with: "-"))
    }

    /// The UTF-8 byte at `offset`, nil past the end (no copy of the text).
    private static func byte(_ text: String, at offset: Int) -> UInt8? {
        let utf8 = text.utf8
        guard let index = utf8.index(utf8.startIndex, offsetBy: offset, limitedBy: utf8.endIndex), index < utf8.endIndex else { return nil }
        return utf8[index]
    }

    /// The day of `YYYY-MM-DD` followed by `T` or a space and a time (`HH:MM`, optional
    /// seconds and fraction, optional `Z` or offset); `text` itself otherwise. Scanned by
    /// hand: it runs for every cell of files with hundreds of thousands of rows.
    private static func withoutTimeOfDay(_ text: String) -> String {
        guard let eleventh = byte(text, at: 10), eleventh == UInt8(ascii: "T") || eleventh == UInt8(ascii: " ") else { return text }
        var time = ByteScanner(bytes: Array(text.utf8), position: 11)
        guard time.digits(2), time.skip(":"), time.digits(2) else { return text }
        if time.skip(":") {
            guard time.digits(2) else { return text }
            if time.skip("."), !time.digits(atLeast: 1) { return text }
        }
        if !time.skip("Z"), time.skip("+") || time.skip("-") {
            guard time.digits(2) else { return text }
            _ = time.skip(":")
            if !time.atEnd, !time.digits(2) { return text }
        }
        return time.atEnd ? String(text.prefix(10)) : text
    }

    /// Why a refused date written with slashes and the year last (the spelling spreadsheets
    /// use most) was refused: nil for any other text.
    /// - Parameter order: the order it was read in; nil when none was given.
    public static func slashAdvice(for text: String, order: SlashDateOrder? = nil) -> String? {
        let date = text.trimmingSpaces().prefix { $0 != " " }
        guard dayMonthYear(String(date), separator: "/") != nil else { return nil }
        guard let order else {
            return "with slashes write the year first (YYYY/MM/DD): a date such as 1/2/2024 could be 2 January or 1 February"
        }
        return "read \(order == .monthFirst ? "month" : "day") first, it names no day of the calendar"
    }

    /// `M/D/YYYY` or `D/M/YYYY` as `order` says, optionally followed by a space and a time of
    /// day (`H:MM`, optional seconds, optional AM or PM), which is dropped.
    private static func slashDay(_ text: String, order: SlashDateOrder) -> CalendarDate? {
        let space = text.firstIndex(of: " ")
        if let space, !isClockTime(text[text.index(after: space)...]) { return nil }
        guard let (first, second, year) = dayMonthYear(String(text[..<(space ?? text.endIndex)]), separator: "/"), year >= 1000
        else { return nil }
        let (month, day) = order == .monthFirst ? (first, second) : (second, first)
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day) else { return nil }
        return .day(year: year, month: month, day: day)
    }

    /// `H:MM`, `HH:MM:SS` and the like, optionally followed by ` AM` or ` PM`.
    private static func isClockTime(_ text: Substring) -> Bool {
        var time = ByteScanner(bytes: Array(text.utf8), position: 0)
        guard time.digits(atLeast: 1, atMost: 2), time.skip(":"), time.digits(2) else { return false }
        if time.skip(":"), !time.digits(2) { return false }
        if time.skip(" ") {
            guard time.skip("A") || time.skip("P"), time.skip("M") else { return false }
        }
        return time.atEnd
    }

    /// `D.M.YYYY` or `DD.MM.YYYY`: a day, day first.
    private static func dayFirst(_ text: String) -> CalendarDate? {
        guard text.utf8.contains(UInt8(ascii: ".")), let (day, month, year) = dayMonthYear(text, separator: "."), year >= 1000, (1...12).contains(month),
              (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        return .day(year: year, month: month, day: day)
    }

    /// The numbers of three runs of digits, 1–2, 1–2 and 2–4 long, between `separator`s.
    private static func dayMonthYear(_ text: String, separator: Unicode.Scalar) -> (Int, Int, Int)? {
        var scanner = ByteScanner(bytes: Array(text.utf8), position: 0)
        var numbers = [Int]()
        for (index, (minimum, maximum)) in [(1, 2), (1, 2), (2, 4)].enumerated() {
            let start = scanner.position
            guard scanner.digits(atLeast: minimum, atMost: maximum) else { return nil }
            numbers.append(scanner.bytes[start..<scanner.position].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
            guard index == 2 ? scanner.atEnd : scanner.skip(separator) else { return nil }
        }
        return (numbers[0], numbers[1], numbers[2])
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

extension String {
    /// Every `character` replaced by `replacement`.
    func replacingAll(_ character: Character, with replacement: Character) -> String {
        String(map { $0 == character ? replacement : $0 })
    }

    func trimmingSpaces() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
