import Foundation
import Forecasting
@testable import Simulation
import Statistics

/// Small plans for closed-form tests, built in code.
enum PlanBuilder {
    static let start = YearMonth(year: 2026, month: 7)

    /// One channel with fixed expected leads per month, a funnel and fixed or random sizes.
    static func plan(
        months: Int, leads: [Double], stages: [UncertainValue], cycle: [Double] = [1],
        dealSize: UncertainValue = .fixed(1), target: Double = 1, channelName: String = "direct"
    ) -> Plan {
        Plan(
            name: "test", window: PlanWindow(start: start, months: months), target: .total(target),
            channels: [Channel(name: channelName, leads: .planned(leads.map { .fixed($0) }))],
            funnel: funnel(stages: stages, cycle: cycle, dealSize: dealSize))
    }

    static func funnel(stages: [UncertainValue], cycle: [Double] = [1], dealSize: UncertainValue = .fixed(1)) -> Funnel {
        Funnel(stages: stages.enumerated().map { FunnelStage(name: "stage\($0.offset)", rate: $0.element) },
               cycleMonths: cycle, dealSize: dealSize)
    }

    /// Capacity so large it never binds: routes a plan through the stage-by-stage kernel.
    static let unlimitedCapacity = Capacity(reps: 1_000_000, opportunitiesPerRepMonth: .fixed(1_000_000))

    /// The benchmark plan of the engine specification, plus optional extras.
    static func benchmark(capacity: Capacity? = nil, recurring: Recurring? = nil, paidSpend: [Double] = [50000, 50000, 60000]) throws -> Plan {
        let channels = [
            Channel(name: "organic", leads: .planned([1200, 1100, 1300].map { UncertainValue.fixed($0) }),
                    uncertainty: .logNormal(try LogNormal(median: 1, p90: 1.15))),
            Channel(name: "paid_search",
                    leads: .spend(SpendPlan(spend: paidSpend,
                                            response: .hill(maxLeads: .fixed(2000), halfSpend: .fixed(80000), slope: .fixed(1)))),
                    uncertainty: .logNormal(try LogNormal(median: 1, p90: 1.2))),
            Channel(name: "events", leads: .planned([0, 400, 0].map { UncertainValue.fixed($0) })),
        ]
        let funnel = Funnel(
            stages: [FunnelStage(name: "opportunity", rate: .beta(try Beta(mean: 0.12, sd: 0.015))),
                     FunnelStage(name: "won", rate: .beta(try Beta(mean: 0.25, sd: 0.03)))],
            cycleMonths: [0.3, 0.4, 0.2, 0.1], dealSize: .logNormal(try LogNormal(median: 9000, p90: 25000)))
        let stages = ["discovery", "proposal", "negotiation"]
        let deals = (0..<300).map { i in
            OpenDeal(id: "D\(i)", stage: stages[i % 3], amount: 5000 + 100 * Double(i), closeMonth: i % 3)
        }
        let pipeline = Pipeline(
            deals: deals, winRates: ["discovery": .fixed(0.15), "proposal": .fixed(0.35), "negotiation": .fixed(0.6)],
            slip: .fixed(0.25))
        return Plan(name: "Benchmark quarter", window: PlanWindow(start: start, months: 3), target: .total(3_400_000),
                    channels: channels, funnel: funnel, pipeline: pipeline, capacity: capacity, recurring: recurring)
    }
}

/// Per-trial values collected through the trial-row visitor.
struct TrialSample {
    var totals: [Double] = []
    var bySource: [[Double]] = []

    /// Runs `plan` and keeps each trial's counted total and each source's window revenue.
    static func collect(_ plan: Plan, trials: Int, seed: UInt64 = 7, threads: Int = 2) throws -> (SimulationResult, TrialSample) {
        var sample = TrialSample()
        let result = try Simulator(plan: plan).run(SimulationSettings(trials: trials, seed: seed, threads: threads), trialRows: { block in
            if sample.bySource.isEmpty { sample.bySource = Array(repeating: [], count: block.sources.count) }
            for trial in 0..<block.trialCount {
                sample.totals.append(block.countedTotal(trial: trial))
                for source in block.sources.indices {
                    var total = 0.0
                    for month in 0..<block.months { total += block.revenue(trial: trial, source: source, month: month) }
                    sample.bySource[source].append(total)
                }
            }
        })
        return (result, sample)
    }
}

/// Sample moments for tolerance calculations.
enum Moments {
    static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

    static func variance(_ x: [Double]) -> Double {
        let m = mean(x)
        return x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)
    }

    /// Standard error of the sample variance, √((m₄ − s⁴)/n) with m₄ the fourth central moment.
    static func varianceStandardError(_ x: [Double]) -> Double {
        let m = mean(x)
        let n = Double(x.count)
        let m4 = x.reduce(0) { $0 + Foundation.pow($1 - m, 4) } / n
        let s2 = variance(x)
        return ((m4 - s2 * s2) / n).squareRoot()
    }
}
