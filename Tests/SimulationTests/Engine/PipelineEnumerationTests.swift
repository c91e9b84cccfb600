import Foundation
@testable import Simulation
import Statistics
import Testing

/// (b) A few open deals with fixed probabilities: the exact distribution by enumeration.
@Suite("Open pipeline against enumeration")
struct PipelineEnumerationTests {
    /// Deal A (10k, month 0, p .5), B (20k, month 1, p .3), C (40k, overdue, p .8); slip .25,
    /// window 2 months. A and C count when won (a slip stays inside the window), B only when
    /// won on time (a slip moves it past the window). Each of the 8 revenue atoms is checked
    /// within five binomial standard errors.
    @Test("(b) exact distribution of pipeline revenue")
    func enumeration() throws {
        let deals = [
            OpenDeal(id: "A", stage: "s1", amount: 10_000, closeMonth: 0),
            OpenDeal(id: "B", stage: "s2", amount: 20_000, closeMonth: 1),
            OpenDeal(id: "C", stage: "s3", amount: 40_000, closeMonth: -2),
        ]
        var plan = PlanBuilder.plan(months: 2, leads: [0, 0], stages: [.fixed(0.1)], target: 50_000)
        plan.pipeline = Pipeline(deals: deals, winRates: ["s1": .fixed(0.5), "s2": .fixed(0.3), "s3": .fixed(0.8)], slip: .fixed(0.25))
        let counts = [(10_000.0, 0.5), (20_000.0, 0.3 * 0.75), (40_000.0, 0.8)]
        var atoms: [Double: Double] = [:]
        for mask in 0..<8 {
            var amount = 0.0
            var probability = 1.0
            for (bit, (value, p)) in counts.enumerated() {
                let counted = mask & (1 << bit) != 0
                amount += counted ? value : 0
                probability *= counted ? p : 1 - p
            }
            atoms[amount, default: 0] += probability
        }
        let trials = 40_000
        let (result, sample) = try TrialSample.collect(plan, trials: trials)
        for (amount, probability) in atoms {
            let observed = Double(sample.totals.filter { $0 == amount }.count) / Double(trials)
            let se = (probability * (1 - probability) / Double(trials)).squareRoot()
            #expect(abs(observed - probability) <= 5 * se, "P(revenue = \(amount))")
        }
        let hit = atoms.filter { $0.key >= 50_000 }.values.reduce(0, +)
        #expect(abs(result.probabilityOfHit.value - hit) <= 5 * (hit * (1 - hit) / Double(trials)).squareRoot())
    }

    /// A deal planned after the window never counts; a won deal in the last month that
    /// slips leaves the window.
    @Test("deals beyond the window never count")
    func beyondWindow() throws {
        var plan = PlanBuilder.plan(months: 1, leads: [0], stages: [.fixed(0.1)])
        plan.pipeline = Pipeline(deals: [OpenDeal(id: "late", stage: "s", amount: 5000, closeMonth: 1)],
                                 winRates: ["s": .fixed(1)], slip: .fixed(0))
        let result = try Simulator(plan: plan).run(SimulationSettings(trials: 100, seed: 1, threads: 1))
        #expect(result.revenue.mean.value == 0)
        plan.pipeline = Pipeline(deals: [OpenDeal(id: "now", stage: "s", amount: 5000, closeMonth: 0)],
                                 winRates: ["s": .fixed(1)], slip: .fixed(1))
        let slipped = try Simulator(plan: plan).run(SimulationSettings(trials: 100, seed: 1, threads: 1))
        #expect(slipped.revenue.mean.value == 0)
    }
}
