import Statistics

/// Allocates a marketing budget across the spend channels and months of a plan.
///
/// 1. Mean revenue: `ExpectedRevenueModel` gives expected in-window revenue as a smooth
///    function of the allocation (carryover included); `TransferSearch` maximises it under
///    the budget and the channel bounds, which equalises marginal returns across funded
///    channel-months (exactly, for concave responses).
/// 2. P(hit): the mean-optimal allocation and the current one scaled to the budget are
///    simulated on common random numbers; the better starts a transfer search whose
///    objective is the simulated P(hit) (same seed, so deterministic), with moves tried in
///    order of their analytic gain and at most `maximumEvaluations` simulations. Only strict
///    improvements are accepted, so the result is never worse than either start.
/// 3. The plan as given and the optimum are compared with `Comparator` (paired errors).
public struct BudgetOptimizer: Sendable {
    /// Monte Carlo evaluations allowed for the P(hit) search.
    public static let defaultMaximumEvaluations = 40
    /// P(hit) search steps, as shares of the budget: 1/8 down to 1/128.
    static let hitSearchSteps = [8.0, 16, 32, 64, 128]
    /// Analytic search: first and last step as shares of the budget.
    static let initialStepShare = 0.25
    static let minimumStepShare = 1e-7

    public let plan: Plan
    public let budget: Double
    public let objective: BudgetOptimization.Objective
    public let maximumEvaluations: Int
    let current: SpendAllocation
    let search: TransferSearch
    /// Channels whose maximum was given (the default maximum, the budget, is no constraint).
    let hasMaximum: [Bool]

    /// - Parameters:
    ///   - minimum, maximum: window-total bounds by channel name (default 0 and the budget).
    /// - Throws: `SimulationError` for an invalid plan, a plan without spend channels, a
    ///   budget that is not positive, bounds naming unknown or non-spend channels, or bounds
    ///   the budget cannot meet.
    public init(plan: Plan, budget: Double, objective: BudgetOptimization.Objective = .pHit,
                minimum: [String: Double] = [:], maximum: [String: Double] = [:],
                maximumEvaluations: Int = BudgetOptimizer.defaultMaximumEvaluations) throws(SimulationError) {
        _ = try Simulator(plan: plan)
        let current = SpendAllocation(plan)
        var problems: [SimulationError.Problem] = []
        if current.channels.isEmpty {
            problems.append(.init(path: "channels", expected: "at least one channel with spend and a response", found: "none"))
        }
        if !(budget.isFinite && budget > 0) { problems.append(.init(path: "budget", expected: "a positive amount", found: budget.messageText)) }
        for (name, value) in minimum.merging(maximum, uniquingKeysWith: { a, _ in a }) where !current.channels.contains(name) {
            problems.append(.init(path: "bounds.\(name)", expected: "a spend channel (\(current.channels.joined(separator: ", ")))",
                                  found: "'\(name)' = \(value.messageText)"))
        }
        let lower = current.channels.map { minimum[$0] ?? 0 }
        let upper = current.channels.map { maximum[$0] ?? budget }
        for (c, name) in current.channels.enumerated() where !(lower[c] >= 0 && lower[c] <= upper[c] && upper[c].isFinite) {
            problems.append(.init(path: "bounds.\(name)", expected: "0 ≤ minimum ≤ maximum", found: "[\(lower[c].messageText), \(upper[c].messageText)]"))
        }
        if problems.isEmpty && !(lower.reduce(0, +) <= budget && budget <= upper.reduce(0, +)) {
            problems.append(.init(path: "budget", expected: "between the sum of the minimums (\(lower.reduce(0, +).messageText)) and of the maximums (\(upper.reduce(0, +).messageText))",
                                  found: budget.messageText))
        }
        if maximumEvaluations < 0 { problems.append(.init(path: "evaluations", expected: "≥ 0", found: "\(maximumEvaluations)")) }
        guard problems.isEmpty else { throw SimulationError(problems: problems) }
        self.plan = plan
        self.budget = budget
        self.objective = objective
        self.maximumEvaluations = maximumEvaluations
        self.current = current
        search = TransferSearch(lower: lower, upper: upper)
        hasMaximum = current.channels.map { maximum[$0] != nil }
    }

    /// The allocation maximising expected revenue (analytic; no simulation).
    public func meanOptimalAllocation() -> SpendAllocation {
        let model = ExpectedRevenueModel(plan, allocation: current)
        let start = search.feasible(current.scaled(toTotal: budget).spend)
        let best = search.maximize(model.revenue, from: start, initialStep: Self.initialStepShare * budget,
                                   minimumStep: Self.minimumStepShare * budget)
        return SpendAllocation(channels: current.channels, spend: best)
    }

    /// - Throws: `SimulationError` for invalid settings.
    public func run(_ settings: SimulationSettings, progress: ((SimulationProgress) -> Void)? = nil) throws(SimulationError) -> BudgetOptimization {
        let model = ExpectedRevenueModel(plan, allocation: current)
        var optimal = meanOptimalAllocation()
        var start = BudgetOptimization.Start.meanOptimal
        var evaluations = 0
        if objective == .pHit {
            let (evaluator, _) = try PlanEvaluator.start(plan, settings)
            func hit(_ x: [[Double]]) throws(SimulationError) -> Double {
                evaluations += 1
                progress?(SimulationProgress(trialsDone: evaluations, trialsPlanned: maximumEvaluations + 2))
                return try evaluator.evaluate(SpendAllocation(channels: current.channels, spend: x).applied(to: plan)).probabilityOfHit.value
            }
            let scaled = search.feasible(current.scaled(toTotal: budget).spend)
            var x = optimal.spend
            var value = try hit(x)
            let scaledValue = try hit(scaled)
            if scaledValue > value {
                (x, value, start) = (scaled, scaledValue, .currentScaled)
            }
            steps: for share in Self.hitSearchSteps {
                var improved = true
                while improved {
                    improved = false
                    let moves = search.moves(x, step: budget / share).map { move in
                        (move, model.revenue(TransferSearch.apply(move, to: x)))
                    }.sorted { $0.1 > $1.1 }
                    for (move, _) in moves {
                        guard evaluations < maximumEvaluations + 2 else { break steps }
                        let y = TransferSearch.apply(move, to: x)
                        let v = try hit(y)
                        if v > value {
                            (x, value, improved) = (y, v, true)
                            break
                        }
                    }
                }
            }
            optimal = SpendAllocation(channels: current.channels, spend: x)
        }
        return try summarize(optimal, model: model, start: start, evaluations: evaluations, settings: settings)
    }

    private func summarize(_ optimal: SpendAllocation, model: ExpectedRevenueModel, start: BudgetOptimization.Start,
                           evaluations: Int, settings: SimulationSettings) throws(SimulationError) -> BudgetOptimization {
        var strategy = optimal.applied(to: plan)
        strategy.name = "optimised"
        let comparison = try Comparator(base: plan, strategies: [strategy]).run(settings)
        let marginals = model.marginals(optimal.spend)
        let bestMonth = marginals.revenue.map { row in row.indices.max { row[$0] < row[$1] } ?? 0 }
        let marginalRevenue = bestMonth.enumerated().map { marginals.revenue[$0.offset][$0.element] }
        let marginalLeads = bestMonth.enumerated().map { marginals.leads[$0.offset][$0.element] }
        let totals = optimal.channelTotals
        let tolerance = TransferSearch.boundSlack * budget + Self.minimumStepShare * budget
        let sides: [BudgetOptimization.BindingBound.Side?] = totals.indices.map { c in
            if hasMaximum[c] && totals[c] >= search.upper[c] - tolerance { return .maximum }
            if search.lower[c] > 0 && totals[c] <= search.lower[c] + tolerance { return .minimum }
            return nil
        }
        let free = totals.indices.filter { sides[$0] == nil }.map { marginalRevenue[$0] }.max()
        let binding = totals.indices.compactMap { c -> BudgetOptimization.BindingBound? in
            guard let side = sides[c] else { return nil }
            return .init(channel: optimal.channels[c], side: side, limit: side == .maximum ? search.upper[c] : search.lower[c],
                         marginalRevenue: marginalRevenue[c], freeMarginalRevenue: free)
        }
        return BudgetOptimization(objective: objective, budget: budget, current: current, optimal: optimal, comparison: comparison,
                                  marginalLeads: marginalLeads, marginalRevenue: marginalRevenue, binding: binding,
                                  minimum: search.lower, maximum: zip(hasMaximum, search.upper).map { $0 ? $1 : nil },
                                  start: start, evaluations: evaluations)
    }
}
