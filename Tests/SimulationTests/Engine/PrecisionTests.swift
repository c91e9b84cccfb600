@testable import Simulation
import Testing

@Suite("Precision target")
struct PrecisionTests {
    /// Trials are added until SE(P(hit)) ≤ 0.01; the count used is reported, is a whole
    /// number of chunks, and does not depend on the thread count.
    @Test("adds trials until the standard error of P(hit) is small enough")
    func reachesPrecision() throws {
        let plan = PlanBuilder.plan(months: 1, leads: [20], stages: [.fixed(0.3)], dealSize: .fixed(1), target: 6)
        let simulator = try Simulator(plan: plan)
        let result = try simulator.run(SimulationSettings(trials: 100, seed: 1, threads: 2, precision: 0.004))
        #expect(result.probabilityOfHit.standardError <= 0.004)
        #expect(result.trials > 100 && result.trials % MonteCarloRun.chunkSize == 0)
        #expect(result.precisionTarget == 0.004)
        let serial = try simulator.run(SimulationSettings(trials: 100, seed: 1, threads: 1, precision: 0.004))
        #expect(serial == result)
    }
}
