@testable import Simulation
import Statistics
import Testing

@Suite("Plan inputs by path")
struct PlanInputTests {
    /// The benchmark plan's uncertain inputs, in plan order, with stable names.
    @Test("uncertain inputs of the benchmark plan")
    func benchmarkInputs() throws {
        let plan = try PlanBuilder.benchmark()
        #expect(PlanInput.uncertainInputs(of: plan).map(\.path) == [
            "channels.organic.uncertainty", "channels.paid_search.uncertainty",
            "funnel.stages.opportunity.rate", "funnel.stages.won.rate", "funnel.deal_size",
        ])
    }

    @Test("paths round-trip", arguments: [
        "channels.paid_search.spend", "channels.organic.leads", "channels.organic.leads.2", "channels.paid_search.max_leads",
        "funnel.stages.won.rate", "funnel.deal_size", "pipeline.win_rate.proposal", "pipeline.slip", "target",
    ])
    func roundTrip(path: String) throws {
        let plan = try PlanBuilder.benchmark()
        #expect(try PlanInput(path: path, in: plan).path == path)
    }

    /// Unknown names list what the plan has; unknown shapes list the accepted forms.
    @Test("unknown paths are explained")
    func unknownPaths() throws {
        let plan = try PlanBuilder.benchmark()
        #expect(throws: SimulationError.self) { try PlanInput(path: "channels.tv.spend", in: plan) }
        do {
            _ = try PlanInput(path: "funnel.stages.demo.rate", in: plan)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("opportunity, won"))
        }
        #expect(throws: SimulationError.self) { try PlanInput(path: "channels.organic.spend", in: plan) }
        #expect(throws: SimulationError.self) { try PlanInput(path: "capacity.hires", in: plan) }
        #expect(throws: SimulationError.self) { try PlanInput(path: "target.total", in: plan) }
    }

    /// Fixing a spend list scales it to the total, keeping the months' proportions.
    @Test("a spend list is set by its window total")
    func spendTotal() throws {
        let plan = try PlanBuilder.benchmark()
        let input = try PlanInput(path: "channels.paid_search.spend", in: plan)
        #expect(input.level(in: plan) == 160_000)
        let edited = input.fixing(plan, at: 320_000)
        guard case .spend(let spend) = edited.channels[1].leads else { Issue.record("spend channel expected"); return }
        #expect(spend.spend == [100_000, 100_000, 120_000])
    }

    /// Shifting a beta rate's mean keeps its standard deviation (1e-12: moment formulas).
    @Test("a beta rate moves its mean and keeps its spread")
    func shiftRate() throws {
        let plan = try PlanBuilder.benchmark()
        let input = try PlanInput(path: "funnel.stages.won.rate", in: plan)
        let moved = input.value(in: input.shiftingMean(plan, to: 0.3))
        #expect(abs(moved.mean - 0.3) <= 1e-12)
        #expect(abs(moved.variance.squareRoot() - 0.03) <= 1e-12)
        #expect(input.value(in: input.shiftingMean(plan, to: 1)) == .fixed(1))
    }

    /// Hires are added in the first month with the first hire's ramp.
    @Test("hires add reps in the first month")
    func hires() throws {
        let capacity = Capacity(reps: 2, opportunitiesPerRepMonth: .fixed(30), hires: [Hire(month: 1, count: 1, ramp: [0.5])])
        let plan = try PlanBuilder.benchmark(capacity: capacity)
        let input = try PlanInput(path: "capacity.hires", in: plan)
        #expect(input.fixing(plan, at: 3).capacity?.hires.last == Hire(month: 0, count: 3, ramp: [0.5]))
    }
}
