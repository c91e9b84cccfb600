@testable import Simulation
import Statistics
import Testing

@Suite("Plan validation")
struct PlanValidatorTests {
    @Test("every problem is reported at once, each with its place")
    func collectsAll() throws {
        var plan = PlanBuilder.plan(months: 3, leads: [1, 2], stages: [.normal(try Normal(mean: 0.2, sd: 0.1))])
        plan.funnel.cycleMonths = [0.5, 0.4]
        plan.pipeline = Pipeline(deals: [OpenDeal(id: "X", stage: "unknown", amount: -5, closeMonth: 0)], winRates: [:])
        plan.capacity = Capacity(reps: -1, opportunitiesPerRepMonth: .fixed(10), hires: [Hire(month: 5, count: 1)])
        let error = try #require(throws: SimulationError.self) { try Simulator(plan: plan) }
        let paths = Set(error.problems.map(\.path))
        #expect(paths == [
            "channels[direct].leads", "funnel.stages[stage0].rate", "funnel.cycle_months", "pipeline.deals[X].stage",
            "pipeline.deals[X].amount", "capacity.reps", "capacity.hires[0].month",
        ])
        #expect(error.description.contains("funnel.stages[stage0].rate: expected a rate within [0, 1] (use a beta distribution"))
    }

    @Test("invalid settings are rejected before any trial runs")
    func settings() throws {
        let simulator = try Simulator(plan: PlanBuilder.plan(months: 1, leads: [1], stages: [.fixed(0.5)]))
        let error = try #require(throws: SimulationError.self) {
            try simulator.run(SimulationSettings(trials: 0, seed: 1, threads: 0, precision: 2))
        }
        #expect(Set(error.problems.map(\.path)) == ["trials", "threads", "precision"])
    }
}
