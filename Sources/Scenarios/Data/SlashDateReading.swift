import Forecasting

/// How a reader takes dates written with slashes and the year last (`1/15/2024`), and what
/// its user is told when it cannot: every export reader reads and refuses them alike.
public struct SlashDateReading: Sendable, Equatable {
    /// Month or day first; nil refuses such dates.
    public var order: SlashDateOrder?
    /// How the reader's user gives `order` (such as "pass --date-order month-first or
    /// day-first"), offered when such a date is refused; nil where they cannot.
    public var advice: String?

    public init(order: SlashDateOrder? = nil, advice: String? = nil) {
        self.order = order
        self.advice = advice
    }

    /// The date `text` spells, slashes read in `order`.
    func date(_ text: String) -> CalendarDate? {
        CalendarDate(parsing: text, slashOrder: order)
    }

    /// Whether `text`, refused, was refused only for want of an order.
    func lacksOrder(_ text: String) -> Bool {
        order == nil && CalendarDate.slashAdvice(for: text) != nil
    }

    /// "; why[, or advice]" for a refused date with slashes and the year last; "" for other text.
    func refusal(_ text: String) -> String {
        guard let why = CalendarDate.slashAdvice(for: text, order: order) else { return "" }
        return "; \(why)" + (order == nil ? advice.map { ", or \($0)" } ?? "" : "")
    }
}
