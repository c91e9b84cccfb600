/// The spellings exports use for dates besides the ISO ones, each unambiguous or read only
/// in an order the user gives:
/// - `/` or `.` in place of `-` after the year (`2024/01/15`);
/// - day first with dots (`15.01.2024`, the German and Nordic form);
/// - a day followed by a time of day (`2024-01-15T09:30:00Z`, `2024-01-15 00:00:00`, as
///   databases and pandas write timestamps), whose time is dropped;
/// - slashes with the year last (`1/2/2024`, optionally with a time such as `10:30` or
///   `10:30:00 AM`, as spreadsheets write them), read only with a `SlashDateOrder`, since
///   nothing in them says which number is the month.
extension CalendarDate {
    /// `text` with `/` or `.` after a four-digit year written as `-` (in the date only, not in
    /// a time's fraction of a second), and a time of day after a `YYYY-MM-DD` day dropped;
    /// other text unchanged. The common spellings return at the first check, so long files
    /// pay nothing for the others.
    static func isoSpelling(_ text: String) -> String {
        guard let fifth = byte(text, at: 4), fifth == UInt8(ascii: "/") || fifth == UInt8(ascii: ".") else { return withoutTimeOfDay(text) }
        let date = text.prefix(10)
        guard date.prefix(4).allSatisfy(\.isASCIIDigit), !date.contains("-") else { return text }
        return withoutTimeOfDay(String(date.replacing(String(Unicode.Scalar(fifth)), with: "-")) + String(text.dropFirst(10)))
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
    static func slashDay(_ text: String, order: SlashDateOrder) -> CalendarDate? {
        let space = text.firstIndex(of: " ")
        if let space, !isClockTime(text[text.index(after: space)...]) { return nil }
        guard let (first, second, year) = dayMonthYear(String(text[..<(space ?? text.endIndex)]), separator: "/"), year >= 1000
        else { return nil }
        return order == .monthFirst ? validDay(year: year, month: first, day: second) : validDay(year: year, month: second, day: first)
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
    static func dayFirst(_ text: String) -> CalendarDate? {
        guard text.utf8.contains(UInt8(ascii: ".")), let (first, second, year) = dayMonthYear(text, separator: "."), year >= 1000
        else { return nil }
        return validDay(year: year, month: second, day: first)
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
}
