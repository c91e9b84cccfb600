@testable import Simulation
import Statistics
import Testing

@Suite("Strategy comparison on common random numbers")
struct ComparatorTests {
    /// More paid search: the paired standard errors must be well below the unpaired ones
    /// (the shared organic, events and pipeline noise cancels), and the paired ΔP(hit) must
    /// equal the difference of the two P(hit) exactly (same trials).
    @Test("paired differences are exact and far more precise than unpaired")
    func pairedBeatsUnpaired() throws {
        let base = try PlanBuilder.benchmark()
        var strategy = try PlanBuilder.benchmark(paidSpend: [62500, 62500, 75000])
        strategy.name = "more paid search"
        let comparison = try Comparator(base: base, strategies: [strategy]).run(SimulationSettings(trials: 8000, seed: 3, threads: 2))
        let more = try #require(comparison.strategies.first)
        let difference = more.result.probabilityOfHit.value - comparison.base.probabilityOfHit.value
        #expect(abs(more.probabilityOfHitDifference.value - difference) <= 1e-12)
        #expect(more.probabilityOfHitDifference.standardError < 0.5 * more.unpairedProbabilityOfHitStandardError)
        #expect(more.meanRevenueDifference.standardError < 0.5 * more.unpairedMeanRevenueStandardError)
        #expect(more.spendDifference == 40_000)
        #expect(more.meanRevenueDifference.value > 0, "more spend, more leads")
        let perSpend = try #require(more.incrementalRevenuePerSpend)
        #expect(perSpend.value == more.meanRevenueDifference.value / 40_000)
        // Deal sizes have their own streams, so a month with more deals adds deals rather than
        // reshuffling sizes; count draws are mostly (not always) monotone in the mean. More
        // leads must therefore win the large majority of paired trials.
        #expect(more.probabilityOfBeatingBase.value > 0.75)
    }

    /// The base compared with itself: every difference is exactly zero.
    @Test("a strategy identical to the base ties every trial")
    func identical() throws {
        let base = try PlanBuilder.benchmark()
        let comparison = try Comparator(base: base, strategies: [base]).run(SimulationSettings(trials: 2000, seed: 8, threads: 2))
        let same = try #require(comparison.strategies.first)
        #expect(same.probabilityOfTie == 1)
        #expect(same.meanRevenueDifference == Estimate(value: 0, standardError: 0))
        #expect(same.incrementalRevenuePerSpend == nil)
        #expect(same.result == comparison.base)
    }

    @Test("problems of every plan are reported with the plan's name")
    func validation() throws {
        let base = PlanBuilder.plan(months: 1, leads: [1], stages: [.fixed(0.5)])
        var bad = base
        bad.name = "broken"
        bad.funnel.cycleMonths = [0.5]
        let error = try #require(throws: SimulationError.self) { try Comparator(base: base, strategies: [bad]) }
        #expect(error.problems.map(\.path) == ["broken: funnel.cycle_months"])
    }
}
