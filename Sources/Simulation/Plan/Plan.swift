import Forecasting
import Statistics

/// One quarter's plan, fully resolved: what the Monte Carlo engine simulates.
///
/// Scenario files (module `Scenarios`) resolve `extends`, strategies, file references and
/// forecasts into this value; the engine never sees YAML. Months are numbered from 0 (the
/// window's first month) to `window.months - 1`.
public struct Plan: Sendable {
    /// Display name ("Q3 2026 plan", or a strategy's name).
    public var name: String
    public var window: PlanWindow
    public var target: RevenueTarget
    public var channels: [Channel]
    public var funnel: Funnel
    public var pipeline: Pipeline?
    public var capacity: Capacity?
    public var recurring: Recurring?

    public init(
        name: String, window: PlanWindow, target: RevenueTarget, channels: [Channel], funnel: Funnel,
        pipeline: Pipeline? = nil, capacity: Capacity? = nil, recurring: Recurring? = nil
    ) {
        self.name = name
        self.window = window
        self.target = target
        self.channels = channels
        self.funnel = funnel
        self.pipeline = pipeline
        self.capacity = capacity
        self.recurring = recurring
    }
}

/// The months a plan covers.
public struct PlanWindow: Sendable, Equatable {
    public var start: YearMonth
    /// At least 1.
    public var months: Int

    public init(start: YearMonth, months: Int) {
        precondition(months >= 1, "a plan window has at least one month")
        self.start = start
        self.months = months
    }

    /// The calendar month of month index `t` (0-based).
    public func month(_ t: Int) -> YearMonth { start.adding(months: t) }
}

/// The revenue target: one number for the window, or one per month.
public enum RevenueTarget: Sendable, Equatable {
    case total(Double)
    /// One target per month of the window; the window target is their sum.
    case monthly([Double])

    /// The target for the whole window.
    public var total: Double {
        switch self {
        case .total(let value): value
        case .monthly(let values): values.reduce(0, +)
        }
    }
}
