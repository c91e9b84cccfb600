import Statistics

/// How many opportunities the sales team can work each month.
public struct Capacity: Sendable, Equatable {
    /// Reps active at the window start.
    public var reps: Int
    public var opportunitiesPerRepMonth: UncertainValue
    public var hires: [Hire]
    /// Probability that each active rep leaves in a given month.
    public var attritionMonthly: UncertainValue

    public init(reps: Int, opportunitiesPerRepMonth: UncertainValue, hires: [Hire] = [], attritionMonthly: UncertainValue = .fixed(0)) {
        self.reps = reps
        self.opportunitiesPerRepMonth = opportunitiesPerRepMonth
        self.hires = hires
        self.attritionMonthly = attritionMonthly
    }
}

/// Reps joining in a month of the window, ramping up to full productivity.
public struct Hire: Sendable, Equatable {
    /// Month index within the window (0-based).
    public var month: Int
    public var count: Int
    /// Productivity factor in the hire's first, second, … month; 1 afterwards.
    public var ramp: [Double]

    public init(month: Int, count: Int, ramp: [Double] = []) {
        self.month = month
        self.count = count
        self.ramp = ramp
    }
}
