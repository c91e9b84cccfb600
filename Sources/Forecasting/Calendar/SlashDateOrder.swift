/// Which comes first in a date written with slashes and the year last (`1/2/2024`): the
/// month, as spreadsheets in the United States write it, or the day, as most of the rest of
/// the world does. Nothing in such a date says which, so the user says it.
public enum SlashDateOrder: String, Sendable, CaseIterable {
    case monthFirst = "month-first"
    case dayFirst = "day-first"
}
