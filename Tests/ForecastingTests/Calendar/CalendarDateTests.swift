import Forecasting
import Testing

@Suite("Calendar dates and periods")
struct CalendarDateTests {
    @Test("each accepted spelling parses to its date", arguments: [
        ("2026-07", CalendarDate.month(year: 2026, month: 7)),
        ("2026-07-15", .day(year: 2026, month: 7, day: 15)),
        ("2026-Q3", .quarter(year: 2026, quarter: 3)),
        ("2026-W05", .week(isoYear: 2026, week: 5)),
        ("2020-W53", .week(isoYear: 2020, week: 53)),
        (" 2026 ", .year(2026)),
        ("2024-02-29", .day(year: 2024, month: 2, day: 29)),
        ("2026/07", .month(year: 2026, month: 7)),
        ("2026/07/15", .day(year: 2026, month: 7, day: 15)),
        ("2026.07.15", .day(year: 2026, month: 7, day: 15)),
        ("15.07.2026", .day(year: 2026, month: 7, day: 15)),
        ("1.7.2026", .day(year: 2026, month: 7, day: 1)),
        ("2026-07-15T09:30:00Z", .day(year: 2026, month: 7, day: 15)),
        ("2026-07-15 00:00:00", .day(year: 2026, month: 7, day: 15)),
        ("2026-07-15T23:59:59.123+02:00", .day(year: 2026, month: 7, day: 15)),
        ("2026/07/15 08:00", .day(year: 2026, month: 7, day: 15)),
        ("2026.07.15 08:00:00.5", .day(year: 2026, month: 7, day: 15)),
        ("2026-07-15T09:30:00.5-0500", .day(year: 2026, month: 7, day: 15)),
    ])
    func parses(text: String, expected: CalendarDate) {
        #expect(CalendarDate(parsing: text) == expected)
    }

    @Test("malformed and out-of-range dates are refused", arguments: [
        "2026-13", "2023-02-29", "2026-Q5", "2021-W53", "26-07", "2026-7", "July 2026", "", "2026-07-01-01",
        // Slashes with the year last: month first or day first, nothing says which.
        "1/2/2026", "07/15/2026",
        "31.02.2026", "15.13.2026", "2026-07-15T9:30", "2026-07-15 noon", "2026-07-15T09:30:00+", "2026-07-15T09:30:00.", "15.07.26", "2026-07T10:00", "2026/07-15",
    ])
    func refuses(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test("slashes with the year last read in the order given, with an optional time of day", arguments: [
        ("1/2/2026", SlashDateOrder.monthFirst, CalendarDate.day(year: 2026, month: 1, day: 2)),
        ("1/2/2026", .dayFirst, .day(year: 2026, month: 2, day: 1)),
        ("12/31/2026 11:59 PM", .monthFirst, .day(year: 2026, month: 12, day: 31)),
        ("31/12/2026 23:59:59", .dayFirst, .day(year: 2026, month: 12, day: 31)),
        ("2026-07-15", .dayFirst, .day(year: 2026, month: 7, day: 15)),
    ])
    func slashOrder(text: String, order: SlashDateOrder, expected: CalendarDate) {
        #expect(CalendarDate(parsing: text, slashOrder: order) == expected)
    }

    @Test("an order does not make impossible or two-digit-year dates readable",
          arguments: ["13/1/2026", "2/30/2026", "1/2/26", "1/2/2026 noon", "1/2/2026 9:5", "1/2/2026 10:30 XM"])
    func slashOrderRefuses(text: String) {
        #expect(CalendarDate(parsing: text, slashOrder: .monthFirst) == nil)
    }

    @Test("a refused date with slashes and the year last gets advice; other text none")
    func slashAdvice() {
        #expect(CalendarDate.slashAdvice(for: " 07/15/2026") == "with slashes write the year first (YYYY/MM/DD): a date such as 1/2/2024 could be 2 January or 1 February")
        #expect(CalendarDate.slashAdvice(for: "1/2/26") != nil)
        #expect(CalendarDate.slashAdvice(for: "July 2026") == nil)
        #expect(CalendarDate.slashAdvice(for: "2026/07/15") == nil)
        #expect(CalendarDate.slashAdvice(for: "13/1/2026 10:00", order: .monthFirst) == "read month first, it names no day of the calendar")
    }

    @Test("periods print in their frequency's spelling and step across years")
    func periods() throws {
        let month = try #require(Period(.month(year: 2025, month: 11), frequency: .monthly))
        #expect(month.advanced(by: 3).description == "2026-02")
        #expect(month.seasonIndex == 10)
        let quarter = try #require(Period(.day(year: 2025, month: 11, day: 3), frequency: .quarterly))
        #expect(quarter.description == "2025-Q4" && quarter.advanced(by: 1).description == "2026-Q1")
        // 2021-01-03 is a Sunday in ISO week 2020-W53; the next Monday starts 2021-W01.
        let week = try #require(Period(.day(year: 2021, month: 1, day: 3), frequency: .weekly))
        #expect(week.description == "2020-W53")
        #expect(week.advanced(by: 1).description == "2021-W01")
        #expect(Period(.week(isoYear: 2021, week: 1), frequency: .weekly) == week.advanced(by: 1))
        #expect(Period(.quarter(year: 2025, quarter: 1), frequency: .monthly) == nil)
    }

    /// 2024 is a leap year; 2020-W53 runs Monday 2020-12-28 to Sunday 2021-01-03.
    @Test("a period's first day and length in days")
    func periodDays() throws {
        let february = try #require(Period(.month(year: 2024, month: 2), frequency: .monthly))
        #expect(february.firstDay == CalendarDate.day(year: 2024, month: 2, day: 1).firstDay)
        #expect(february.dayCount == 29)
        let quarter = try #require(Period(.quarter(year: 2025, quarter: 4), frequency: .quarterly))
        #expect(quarter.firstDay == CalendarDate.day(year: 2025, month: 10, day: 1).firstDay && quarter.dayCount == 92)
        let year = try #require(Period(.year(2024), frequency: .yearly))
        #expect(year.dayCount == 366)
        let week = try #require(Period(.day(year: 2021, month: 1, day: 3), frequency: .weekly))
        #expect(week.firstDay == CalendarDate.day(year: 2020, month: 12, day: 28).firstDay && week.dayCount == 7)
    }

    @Test("windows parse FROM..TO on the data's grid")
    func windows() throws {
        let window = try #require(Period.window(parsing: "2026-07..2026-09", frequency: .monthly))
        #expect(window.lowerBound.description == "2026-07" && window.upperBound.description == "2026-09")
        #expect(Period.window(parsing: "2026-09..2026-07", frequency: .monthly) == nil)
        #expect(Period.window(parsing: "2026-Q3", frequency: .quarterly)?.lowerBound.description == "2026-Q3")
    }

    @Test("frequency is inferred from spellings and day spacing")
    func inference() {
        func days(_ list: [(Int, Int, Int)]) -> [CalendarDate] { list.map { .day(year: $0.0, month: $0.1, day: $0.2) } }
        #expect(Frequency.infer(from: [.month(year: 2026, month: 1), .month(year: 2026, month: 2)]) == .monthly)
        #expect(Frequency.infer(from: days([(2026, 1, 1), (2026, 2, 1), (2026, 3, 1), (2026, 5, 1)])) == .monthly)
        #expect(Frequency.infer(from: days([(2026, 1, 5), (2026, 1, 12), (2026, 1, 19)])) == .weekly)
        #expect(Frequency.infer(from: days([(2026, 1, 1), (2026, 4, 1), (2026, 7, 1)])) == .quarterly)
        #expect(Frequency.infer(from: days([(2024, 1, 1), (2025, 1, 1)])) == .yearly)
        #expect(Frequency.infer(from: days([(2026, 1, 1), (2026, 1, 2), (2026, 1, 3)])) == nil, "daily data is not supported")
        #expect(Frequency.infer(from: [.month(year: 2026, month: 1), .quarter(year: 2026, quarter: 2)]) == nil)
    }
}
