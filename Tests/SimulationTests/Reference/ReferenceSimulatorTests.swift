import Foundation
@testable import Simulation
import Statistics
import Testing

/// The fast kernel against the plain lead-by-lead reference: the same plan must give the
/// same distribution of revenue by source. Means are compared with a two-sample z-test at
/// five combined standard errors, variances likewise, and the window totals with a two-sample
/// Kolmogorov–Smirnov test at α = 0.001 (critical distance 1.95·√((n + m)/(n m))).
@Suite("Fast kernel against the reference implementation")
struct ReferenceSimulatorTests {
    static let fastTrials = 12_000
    static let referenceTrials = 4_000

    /// A small plan exercising every feature: two channels (planned and Hill spend with
    /// carryover and a multiplier), two Beta stages, lags, log-normal sizes, a pipeline with
    /// slip and overdue deals, optional binding capacity with a hire and attrition, recurring.
    static func plan(capacity: Bool) throws -> Plan {
        var plan = PlanBuilder.plan(
            months: 3, leads: [80, 60, 90], stages: [.beta(try Beta(mean: 0.3, sd: 0.05)), .beta(try Beta(mean: 0.4, sd: 0.05))],
            cycle: [0.5, 0.3, 0.2], dealSize: .logNormal(try LogNormal(median: 1000, p90: 3000)), target: 60_000)
        plan.channels.append(Channel(
            name: "paid",
            leads: .spend(SpendPlan(spend: [3000, 4000, 5000], response: .hill(maxLeads: .fixed(120), halfSpend: .fixed(4000), slope: .fixed(1.5)),
                                    carryover: 0.3, priorSpend: 2000)),
            uncertainty: .logNormal(try LogNormal(median: 1, p90: 1.3))))
        plan.pipeline = Pipeline(
            deals: (0..<12).map { OpenDeal(id: "D\($0)", stage: ["a", "b"][$0 % 2], amount: 2000 + 500 * Double($0), closeMonth: $0 % 4 - 1) },
            winRates: ["a": .beta(try Beta(mean: 0.3, sd: 0.1)), "b": .fixed(0.6)], slip: .fixed(0.3))
        plan.recurring = Recurring(startingMRR: .fixed(5000), churnMonthly: .beta(try Beta(mean: 0.05, sd: 0.02)), countsTowardTarget: true)
        if capacity {
            plan.capacity = Capacity(reps: 2, opportunitiesPerRepMonth: .fixed(20), hires: [Hire(month: 1, count: 1, ramp: [0.5])],
                                     attritionMonthly: .fixed(0.1))
        }
        return plan
    }

    @Test("same distribution of revenue by source", arguments: [false, true])
    func sameDistribution(capacity: Bool) throws {
        let plan = try Self.plan(capacity: capacity)
        let (_, fast) = try TrialSample.collect(plan, trials: Self.fastTrials, seed: 21)
        let reference = ReferenceSimulator(plan: plan, seed: 22)
        var referenceSources = Array(repeating: [Double](), count: plan.channels.count + 2)
        var referenceTotals: [Double] = []
        for trial in 0..<Self.referenceTrials {
            let outcome = reference.trial(UInt64(trial))
            for (source, row) in outcome.revenue.enumerated() { referenceSources[source].append(row.reduce(0, +)) }
            referenceTotals.append(outcome.counted(recurringCounts: true))
        }
        for source in referenceSources.indices {
            let a = fast.bySource[source]
            let b = referenceSources[source]
            let meanSE = (Moments.variance(a) / Double(a.count) + Moments.variance(b) / Double(b.count)).squareRoot()
            #expect(abs(Moments.mean(a) - Moments.mean(b)) <= 5 * meanSE + 1e-9, "mean of source \(source)")
            let varianceSE = (pow(Moments.varianceStandardError(a), 2) + pow(Moments.varianceStandardError(b), 2)).squareRoot()
            #expect(abs(Moments.variance(a) - Moments.variance(b)) <= 5 * varianceSE + 1e-9, "variance of source \(source)")
        }
        let distance = Self.kolmogorovSmirnov(fast.totals, referenceTotals)
        let n = Double(fast.totals.count)
        let m = Double(referenceTotals.count)
        #expect(distance <= 1.95 * ((n + m) / (n * m)).squareRoot())
    }

    /// Lost-to-capacity means agree between the hypergeometric split and the shuffle.
    @Test("same opportunities lost to capacity")
    func lostToCapacity() throws {
        let plan = try Self.plan(capacity: true)
        let result = try Simulator(plan: plan).run(SimulationSettings(trials: Self.fastTrials, seed: 5, threads: 2))
        let reference = ReferenceSimulator(plan: plan, seed: 6)
        let lost = (0..<Self.referenceTrials).map { Double(reference.trial(UInt64($0)).lostToCapacity.reduce(0, +)) }
        let fastLost = result.funnel.reduce(0) { $0 + $1.lostToCapacity }
        // Reference SE dominates (5× fewer trials); allow five of it plus the fast run's.
        let se = (Moments.variance(lost) / Double(lost.count)).squareRoot() * (1 + (Double(lost.count) / Double(Self.fastTrials)).squareRoot())
        #expect(abs(fastLost - Moments.mean(lost)) <= 5 * se)
    }

    static func kolmogorovSmirnov(_ a: [Double], _ b: [Double]) -> Double {
        let x = a.sorted()
        let y = b.sorted()
        var i = 0
        var j = 0
        var distance = 0.0
        while i < x.count && j < y.count {
            let value = min(x[i], y[j])
            while i < x.count && x[i] == value { i += 1 }
            while j < y.count && y[j] == value { j += 1 }
            distance = max(distance, abs(Double(i) / Double(x.count) - Double(j) / Double(y.count)))
        }
        return distance
    }
}
