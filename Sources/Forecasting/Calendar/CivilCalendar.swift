/// Proleptic Gregorian day arithmetic on plain integers (no Foundation, no time zones).
///
/// `days(year:month:day:)` and `civil(fromDays:)` are Howard Hinnant's `days_from_civil` /
/// `civil_from_days` ("chrono-Compatible Low-Level Date Algorithms", 2013), exact for every
/// year in `Int` range. ISO 8601 weeks start on Monday; week 1 is the week holding 4 January.
enum CivilCalendar {
    /// Days since 1970-01-01 (negative before).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The (year, month, day) of a day count from 1970-01-01.
    static func civil(fromDays count: Int) -> (year: Int, month: Int, day: Int) {
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
    static func weekday(ofDays count: Int) -> Int { ((count + 3) % 7 + 7) % 7 }

    /// Day count of the Monday starting ISO week 1 of `isoYear`.
    static func mondayOfISOWeek1(_ isoYear: Int) -> Int {
        let january4 = days(year: isoYear, month: 1, day: 4)
        return january4 - weekday(ofDays: january4)
    }

    /// 52 or 53.
    static func isoWeeksInYear(_ isoYear: Int) -> Int {
        (mondayOfISOWeek1(isoYear + 1) - mondayOfISOWeek1(isoYear)) / 7
    }

    /// The ISO (year, week) of the week holding a day.
    static func isoWeek(ofDays count: Int) -> (isoYear: Int, week: Int) {
        let thursday = count - weekday(ofDays: count) + 3
        let isoYear = civil(fromDays: thursday).year
        return (isoYear, (thursday - mondayOfISOWeek1(isoYear)) / 7 + 1)
    }
}
