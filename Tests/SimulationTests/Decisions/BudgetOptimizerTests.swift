@testable import Simulation
import Statistics
import Testing

@Suite("Budget allocation")
struct BudgetOptimizerTests {
    static let size = 1000.0
    static let rate = 0.1

    /// Two Hill channels (slope 1), one month, lag 0, fixed everything.
    static func plan(spend: [Double] = [30_000, 30_000], carryover: Double = 0, months: Int = 1, cycle: [Double] = [1], target: Double = 80_000) -> Plan {
        let channels = [
            Channel(name: "search", leads: .spend(SpendPlan(spend: Array(repeating: spend[0] / Double(months), count: months),
                                                            response: .hill(maxLeads: .fixed(1000), halfSpend: .fixed(50_000), slope: .fixed(1)),
                                                            carryover: carryover))),
            Channel(name: "social", leads: .spend(SpendPlan(spend: Array(repeating: spend[1] / Double(months), count: months),
                                                            response: .hill(maxLeads: .fixed(600), halfSpend: .fixed(20_000), slope: .fixed(1)),
                                                            carryover: carryover))),
        ]
        return Plan(name: "two hills", window: PlanWindow(start: PlanBuilder.start, months: months), target: .total(target),
                    channels: channels, funnel: PlanBuilder.funnel(stages: [.fixed(rate)], cycle: cycle, dealSize: .fixed(size)))
    }

    /// KKT for slope-1 Hill curves: V₁H₁/(x₁ + H₁)² = V₂H₂/(x₂ + H₂)², x₁ + x₂ = B, so
    /// x₁ + H₁ = r(x₂ + H₂) with r = √(V₁H₁/(V₂H₂)) and x₁ = (r(B + H₂) − H₁)/(1 + r).
    /// Tolerance 1e-4 of the budget: the search stops at steps of 1e-7 of it, and the
    /// objective is flat (quadratic) near the optimum, so the argmax is resolved to ~√1e-7.
    @Test("mean-optimal allocation equalises marginal returns")
    func equalMarginalReturns() throws {
        let budget = 100_000.0
        let optimizer = try BudgetOptimizer(plan: Self.plan(), budget: budget, objective: .mean)
        let allocation = optimizer.meanOptimalAllocation()
        let r = (1000.0 * 50_000 / (600 * 20_000)).squareRoot()
        let expected = (r * (budget + 20_000) - 50_000) / (1 + r)
        #expect(abs(allocation.spend[0][0] - expected) <= 1e-4 * budget, "\(allocation.spend) vs \(expected)")
        #expect(abs(allocation.total - budget) <= 1e-6 * budget)
    }

    /// A maximum below the unconstrained optimum binds and is reported with the marginal
    /// returns on both sides (the capped channel earns more per extra unit).
    @Test("a binding maximum is reported")
    func bindingMaximum() throws {
        let optimizer = try BudgetOptimizer(plan: Self.plan(), budget: 100_000, objective: .mean, maximum: ["search": 40_000])
        let result = try optimizer.run(SimulationSettings(trials: 2000, seed: 1, threads: 2))
        #expect(abs(result.optimal.spend[0][0] - 40_000) <= 1e-3)
        let bound = try #require(result.binding.first)
        #expect(result.binding.count == 1 && bound.channel == "search" && bound.side == .maximum && bound.limit == 40_000)
        #expect(bound.marginalRevenue > (bound.freeMarginalRevenue ?? .infinity))
        #expect(result.comparison.strategies.count == 1)
    }

    /// A minimum above the unconstrained optimum binds (the channel earns less per extra
    /// unit than the free one); the default maximum (the budget) is never reported.
    @Test("a binding minimum is reported, default maximums are not")
    func bindingMinimum() throws {
        let optimizer = try BudgetOptimizer(plan: Self.plan(), budget: 100_000, objective: .mean, minimum: ["social": 70_000])
        let result = try optimizer.run(SimulationSettings(trials: 1000, seed: 1, threads: 2))
        #expect(abs(result.optimal.spend[1][0] - 70_000) <= 1e-3)
        let bound = try #require(result.binding.first)
        #expect(result.binding.count == 1 && bound.channel == "social" && bound.side == .minimum)
        #expect(bound.marginalRevenue < (bound.freeMarginalRevenue ?? 0))
        let unbounded = try BudgetOptimizer(plan: Self.plan(), budget: 100_000, objective: .mean).run(SimulationSettings(trials: 1000, seed: 1, threads: 2))
        #expect(unbounded.binding.isEmpty)
    }

    /// The P(hit) search never ends below its starts: on the same seed and trials, the
    /// optimum's P(hit) is at least that of the current allocation scaled to the budget and of
    /// the mean-optimal one (exact comparison: common random numbers make both deterministic).
    @Test("P(hit) optimum is never worse than its starts", arguments: [UInt64(3), 4])
    func neverWorse(seed: UInt64) throws {
        let plan = Self.plan(spend: [50_000, 10_000], target: 90_000)
        let budget = 80_000.0
        let settings = SimulationSettings(trials: 4000, seed: seed, threads: 2)
        let optimizer = try BudgetOptimizer(plan: plan, budget: budget, maximumEvaluations: 12)
        let result = try optimizer.run(settings)
        let scaled = SpendAllocation(plan).scaled(toTotal: budget).applied(to: plan)
        let meanOptimal = optimizer.meanOptimalAllocation().applied(to: plan)
        let reached = try #require(result.comparison.strategies.first).result.probabilityOfHit.value
        #expect(reached >= (try Simulator(plan: scaled).run(settings)).probabilityOfHit.value)
        #expect(reached >= (try Simulator(plan: meanOptimal).run(settings)).probabilityOfHit.value)
        #expect(abs(result.optimal.total - budget) <= 1e-6 * budget)
    }

    /// The analytic model against the engine with carryover and lags: expected revenue
    /// within 5 standard errors of the simulated mean; its gradient against central
    /// differences (relative 1e-5: step 1 on spends of 10⁴).
    @Test("expected revenue model matches the simulation, with carryover and lags")
    func modelMatchesSimulation() throws {
        let plan = Self.plan(spend: [30_000, 30_000], carryover: 0.5, months: 3, cycle: [0.5, 0.3, 0.2], target: 1)
        let allocation = SpendAllocation(plan)
        let model = ExpectedRevenueModel(plan, allocation: allocation)
        let result = try Simulator(plan: plan).run(SimulationSettings(trials: 20_000, seed: 2, threads: 2))
        #expect(abs(model.revenue(allocation.spend) - result.revenue.mean.value) <= 5 * result.revenue.mean.standardError)
        let gradient = model.marginals(allocation.spend).revenue
        for c in 0..<2 {
            for t in 0..<3 {
                var up = allocation.spend, down = allocation.spend
                up[c][t] += 1
                down[c][t] -= 1
                let numeric = (model.revenue(up) - model.revenue(down)) / 2
                #expect(abs(gradient[c][t] - numeric) <= 1e-5 * abs(numeric))
            }
        }
    }

    @Test("impossible budgets and unknown channels are rejected")
    func rejectsBadOptions() throws {
        let plan = Self.plan()
        #expect(throws: SimulationError.self) { try BudgetOptimizer(plan: plan, budget: 0) }
        #expect(throws: SimulationError.self) { try BudgetOptimizer(plan: plan, budget: 100_000, minimum: ["tv": 1]) }
        #expect(throws: SimulationError.self) { try BudgetOptimizer(plan: plan, budget: 100_000, maximum: ["search": 10_000, "social": 10_000]) }
    }
}
