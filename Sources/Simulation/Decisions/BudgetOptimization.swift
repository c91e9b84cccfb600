/// The result of allocating a marketing budget.
public struct BudgetOptimization: Sendable, Equatable {
    /// What the optimiser maximises.
    public enum Objective: String, CaseIterable, Codable, Sendable {
        /// The chance of hitting the target.
        case pHit = "p_hit"
        /// Mean window revenue.
        case mean
    }

    /// A channel whose window total sits on one of its bounds.
    public struct BindingBound: Sendable, Equatable {
        public enum Side: String, Codable, Sendable { case minimum, maximum }
        public var channel: String
        public var side: Side
        public var limit: Double
        /// Expected revenue per extra unit of spend in this channel, and the best among the
        /// channels not held by a bound: the gap shows what the bound costs.
        public var marginalRevenue: Double
        public var freeMarginalRevenue: Double?
    }

    public var objective: Objective
    public var budget: Double
    public var current: SpendAllocation
    public var optimal: SpendAllocation
    /// Base: the plan as given; strategy: the plan with the optimal allocation; paired.
    public var comparison: Comparison
    /// Per channel at the optimum: extra expected leads and expected window revenue per
    /// extra unit of spend in its best month (equal across funded months at an interior
    /// optimum).
    public var marginalLeads: [Double]
    public var marginalRevenue: [Double]
    public var binding: [BindingBound]
    /// Each channel's bounds on its window spend, in the order of `optimal.channels`: the
    /// minimum (0 when none was given) and the maximum (nil when none was given).
    public var minimum: [Double]
    public var maximum: [Double?]
    /// Which allocation the Monte Carlo search started from (the better of the two).
    public var start: Start
    /// Monte Carlo evaluations spent by the P(hit) search.
    public var evaluations: Int

    public enum Start: String, Codable, Sendable {
        case meanOptimal = "mean_optimal"
        case currentScaled = "current_scaled"
    }
}
