@testable import Simulation
import Statistics
import Testing

/// (h) Reproducibility and common random numbers.
@Suite("Determinism and common random numbers")
struct DeterminismTests {
    static func fullPlan() throws -> Plan {
        try PlanBuilder.benchmark(
            capacity: Capacity(reps: 8, opportunitiesPerRepMonth: .fixed(30), hires: [Hire(month: 1, count: 2, ramp: [0.5])],
                               attritionMonthly: .fixed(0.02)),
            recurring: Recurring(startingMRR: .fixed(210_000), churnMonthly: .beta(try Beta(mean: 0.012, sd: 0.004))))
    }

    /// Rows of every trial, flattened in trial order.
    static func rows(_ plan: Plan, trials: Int, threads: Int) throws -> (SimulationResult, [Double]) {
        var rows: [Double] = []
        let result = try Simulator(plan: plan).run(
            SimulationSettings(trials: trials, seed: 42, threads: threads),
            trialRows: { block in
                for trial in 0..<block.trialCount {
                    for source in block.sources.indices {
                        for month in 0..<block.months { rows.append(block.revenue(trial: trial, source: source, month: month)) }
                    }
                }
            })
        return (result, rows)
    }

    @Test("same seed gives an identical result; 1 thread and 3 threads agree bit for bit", arguments: [false, true])
    func threadCountInvariance(withCapacity: Bool) throws {
        let plan = withCapacity ? try Self.fullPlan() : try PlanBuilder.benchmark()
        // 9,000 trials span three chunks of 4,096, the last one partial.
        let (serial, serialRows) = try Self.rows(plan, trials: 9_000, threads: 1)
        let (again, _) = try Self.rows(plan, trials: 9_000, threads: 1)
        let (parallel, parallelRows) = try Self.rows(plan, trials: 9_000, threads: 3)
        #expect(serial == again)
        #expect(serial == parallel)
        #expect(serialRows == parallelRows)
        let other = try Simulator(plan: plan).run(SimulationSettings(trials: 9_000, seed: 43, threads: 1))
        #expect(other.revenue.mean != serial.revenue.mean, "a different seed gives different draws")
    }

    /// A strategy that changes one channel's spend leaves every other source's per-trial
    /// revenue bit-identical, and does change that channel's.
    @Test("a strategy changing one channel leaves the other sources unchanged", arguments: [false, true])
    func commonRandomNumbers(withCapacity: Bool) throws {
        var base = try PlanBuilder.benchmark()
        var strategy = try PlanBuilder.benchmark(paidSpend: [62500, 62500, 75000])
        if withCapacity {
            // Capacity that never binds keeps the channels independent of each other.
            base.capacity = PlanBuilder.unlimitedCapacity
            strategy.capacity = PlanBuilder.unlimitedCapacity
        }
        let trials = 5000
        let (_, baseRows) = try Self.rows(base, trials: trials, threads: 2)
        let (_, strategyRows) = try Self.rows(strategy, trials: trials, threads: 2)
        let sources = 5
        let months = 3
        var changed = 0
        for trial in 0..<trials {
            for source in 0..<sources {
                for month in 0..<months {
                    let index = (trial * sources + source) * months + month
                    if source == 1 {
                        changed += baseRows[index] != strategyRows[index] ? 1 : 0
                    } else {
                        #expect(baseRows[index] == strategyRows[index], "trial \(trial) source \(source) month \(month)")
                    }
                }
            }
        }
        #expect(changed > trials, "paid search revenue changes in most trial-months")
    }
}
