@testable import Simulation
import Testing

@Suite("Overflow")
struct OverflowTests {
    /// 10^12 won deals a month of 10^300 each overflow a trial's revenue to infinity: the run
    /// stops with a problem that says so, rather than crashing in the percentiles or printing
    /// NaN.
    @Test("revenue beyond the range of doubles is an error, not NaN")
    func overflowIsReported() throws {
        let plan = PlanBuilder.plan(months: 1, leads: [1e12], stages: [.fixed(1)], dealSize: .fixed(1e300), target: 1)
        let simulator = try Simulator(plan: plan)
        #expect(throws: SimulationError(problems: [Simulator.overflow])) {
            try simulator.run(SimulationSettings(trials: 100, seed: 1, threads: 1))
        }
    }
}
