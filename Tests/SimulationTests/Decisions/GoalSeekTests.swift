import Foundation
@testable import Simulation
import Statistics
import Testing

@Suite("Goal seek on common random numbers")
struct GoalSeekTests {
    static let trials = 20_000
    /// One SE of a P(hit) near 0.8.
    static let hitError = (0.8 * 0.2 / Double(trials)).squareRoot()

    /// Revenue a·Poisson(μ): the target reached with probability 0.8 is a·k*, k* the largest
    /// k with P(N ≥ k) ≥ 0.8. μ = 20 leaves P(N ≥ k*) and P(N ≥ k* + 1) more than 5 SE either
    /// side of 0.8, so the sample quantile must land exactly on a·k*.
    @Test("target at 80% is the Poisson quantile")
    func targetQuantile() throws {
        let mu = 20.0, size = 1000.0
        let plan = PlanBuilder.plan(months: 1, leads: [mu], stages: [.fixed(1)], dealSize: .fixed(size), target: 1)
        var survival: [Double] = [] // P(N ≥ k)
        var pmf = Foundation.exp(-mu), cdfBelow = 0.0
        for k in 0..<80 {
            survival.append(1 - cdfBelow)
            cdfBelow += pmf
            pmf *= mu / Double(k + 1)
        }
        let k = try #require(survival.lastIndex(where: { $0 >= 0.8 }))
        try #require(survival[k] - 0.8 > 5 * Self.hitError && 0.8 - survival[k + 1] > 5 * Self.hitError)
        let seek = try GoalSeek(plan: plan, input: PlanInput(path: "target", in: plan), probability: 0.8)
        let result = try seek.run(SimulationSettings(trials: Self.trials, seed: 4, threads: 2))
        #expect(result.value == size * Double(k))
        #expect(abs(try #require(result.probabilityOfHit).value - survival[k]) <= 5 * Self.hitError)
    }

    /// Cost per lead c, rate p, size a, target a·K: P(hit) = P(Poisson(sp/c) ≥ K) = P(K, sp/c)
    /// (regularised lower incomplete gamma). The spend found must give a true P(hit) within
    /// 5 SE of 0.8 (plus the bisection tolerance, far smaller).
    @Test("spend needed for 80% matches the incomplete-gamma root")
    func spendForProbability() throws {
        let cost = 200.0, rate = 0.25, size = 5000.0, k = 30.0
        let plan = Plan(
            name: "cpl", window: PlanWindow(start: PlanBuilder.start, months: 1), target: .total(size * k),
            channels: [Channel(name: "paid", leads: .spend(SpendPlan(spend: [10_000], response: .costPerLead(.fixed(cost)))))],
            funnel: PlanBuilder.funnel(stages: [.fixed(rate)], dealSize: .fixed(size)))
        let seek = try GoalSeek(plan: plan, input: PlanInput(path: "channels.paid.spend", in: plan), probability: 0.8, maximum: 100_000)
        let result = try seek.run(SimulationSettings(trials: Self.trials, seed: 9, threads: 2))
        let spend = try #require(result.value)
        let truth = IncompleteGamma.p(k, spend * rate / cost)
        #expect(abs(truth - 0.8) <= 5 * Self.hitError, "spend \(spend): true P(hit) \(truth)")
        #expect(try #require(result.probabilityOfHit).value >= 0.8)
        #expect(result.iterations >= 1)
        let exact = IncompleteGamma.inverseP(k, 0.8) * cost / rate
        #expect(abs(spend - exact) / exact < 0.05)
    }

    /// A range that cannot reach the probability says so and names the closest end.
    @Test("unreachable within bounds")
    func unreachable() throws {
        let plan = PlanBuilder.plan(months: 1, leads: [20], stages: [.beta(try Beta(mean: 0.5, sd: 0.05))], dealSize: .fixed(100), target: 5000)
        let input = try PlanInput(path: "funnel.stages.stage0.rate", in: plan)
        let result = try GoalSeek(plan: plan, input: input, probability: 0.9, maximum: 0.6).run(SimulationSettings(trials: 5000, seed: 2, threads: 2))
        #expect(!result.isReachable && result.bestValue == 0.6)
        #expect(try #require(result.probabilityOfHit).value < 0.9)
    }

    /// Direction down: the largest target-side value — here the largest cost per lead (a
    /// higher cost means fewer leads) that still reaches 50%; P(hit) at the answer reaches it.
    @Test("direction down finds the largest value")
    func directionDown() throws {
        let plan = Plan(
            name: "cpl", window: PlanWindow(start: PlanBuilder.start, months: 1), target: .total(2000),
            channels: [Channel(name: "paid", leads: .spend(SpendPlan(spend: [10_000], response: .costPerLead(.fixed(100)))))],
            funnel: PlanBuilder.funnel(stages: [.fixed(0.2)], dealSize: .fixed(100)))
        let input = try PlanInput(path: "channels.paid.cost_per_lead", in: plan)
        let result = try GoalSeek(plan: plan, input: input, probability: 0.5, direction: .down, minimum: 10, maximum: 500)
            .run(SimulationSettings(trials: 5000, seed: 3, threads: 2))
        let cost = try #require(result.value)
        // 20 wins needed from 10,000/c × 0.2 expected: the median of Poisson(2000/c) ≥ 20
        // near 2000/c ≈ 20 − 1/3 + …, so c is near 2000/19.7 ≈ 101.
        #expect(cost > 90 && cost < 110)
        #expect(try #require(result.probabilityOfHit).value >= 0.5)
    }

    @Test("bad options are rejected")
    func rejectsBadOptions() throws {
        let plan = try PlanBuilder.benchmark()
        let rate = try PlanInput(path: "funnel.stages.won.rate", in: plan)
        #expect(throws: SimulationError.self) { try GoalSeek(plan: plan, input: rate, probability: 1.2) }
        #expect(throws: SimulationError.self) { try GoalSeek(plan: plan, input: rate, probability: 0.8, maximum: 2) }
        #expect(throws: SimulationError.self) { try GoalSeek(plan: plan, input: rate, probability: 0.8, minimum: 0.5, maximum: 0.4) }
    }
}
