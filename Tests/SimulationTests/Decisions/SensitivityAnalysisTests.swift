import Foundation
import Forecasting
@testable import Simulation
import Statistics
import Testing

@Suite("Tornado sensitivity on common random numbers")
struct SensitivityAnalysisTests {
    static let dealSize = 1000.0
    static let rate = 0.5
    /// Expected leads of the dominant and of the minor channel.
    static let bigLeads = 100.0
    static let smallLeads = 10.0

    /// Two channels with log-normal lead multipliers (one wide on many leads, one narrow on
    /// few), a fixed rate and size, lag 0, one month; plus recurring revenue that does not
    /// count toward the target and has an uncertain churn: it can change no trial's revenue.
    static func plan() throws -> Plan {
        let channels = [
            Channel(name: "big", leads: .planned([.fixed(bigLeads)]), uncertainty: .logNormal(try LogNormal(median: 1, p90: 1.2))),
            Channel(name: "small", leads: .planned([.fixed(smallLeads)]), uncertainty: .logNormal(try LogNormal(median: 1, p90: 1.05))),
        ]
        return Plan(name: "two channels", window: PlanWindow(start: PlanBuilder.start, months: 1), target: .total(55_000),
                    channels: channels, funnel: PlanBuilder.funnel(stages: [.fixed(rate)], dealSize: .fixed(dealSize)),
                    recurring: Recurring(startingMRR: .fixed(5000), churnMonthly: .beta(try Beta(mean: 0.02, sd: 0.01))))
    }

    /// Var(M) and E[M] of a log-normal multiplier with median 1.
    static func moments(p90: Double) -> (mean: Double, variance: Double) {
        let sigma = Foundation.log(p90) / Normal.standardQuantile(0.9)
        let s2 = sigma * sigma
        return (Foundation.exp(s2 / 2), (Foundation.exp(s2) - 1) * Foundation.exp(s2))
    }

    @Test("dominant input first, inert input exactly zero, variance share as in closed form")
    func tornado() throws {
        let trials = 20_000
        let result = try SensitivityAnalysis(plan: Self.plan()).run(SimulationSettings(trials: trials, seed: 11, threads: 2))
        #expect(result.inputs.map(\.path) == ["channels.big.uncertainty", "channels.small.uncertainty", "recurring.churn_monthly"])
        let big = result.inputs[0], small = result.inputs[1], churn = result.inputs[2]
        // The inert input: every run equals every other trial by trial.
        #expect(churn.probabilityOfHitSwing == Estimate(value: 0, standardError: 0))
        #expect(churn.meanRevenueSwing == Estimate(value: 0, standardError: 0))
        #expect(churn.varianceShare == Estimate(value: 0, standardError: 0))
        #expect(big.meanRevenueSwing.value > 5 * small.meanRevenueSwing.value)
        // Revenue given the big multiplier M is a·Poisson(λpM) + the small channel, so
        // Var(E[R | M]) = a²λ²p²Var(M) and Var(R) adds a²λp E[M] and the small channel's
        // a²(λ_s p)²Var(M_s) + a²λ_s p E[M_s] (law of total variance).
        let a2 = Self.dealSize * Self.dealSize
        let (bigMean, bigVar) = Self.moments(p90: 1.2)
        let (smallMean, smallVar) = Self.moments(p90: 1.05)
        let mu = Self.bigLeads * Self.rate, muSmall = Self.smallLeads * Self.rate
        let explained = a2 * mu * mu * bigVar
        let total = explained + a2 * mu * bigMean + a2 * muSmall * muSmall * smallVar + a2 * muSmall * smallMean
        let share = try #require(big.varianceShare)
        // Tolerance: 5 × the combined Monte Carlo error of the numerator (reported SE) and of
        // the sample variance in the denominator (relative SE ≈ √(2/n) for near-normal
        // revenue); the rule's quadrature error for exp(σz), σ ≈ 0.14, is below 1e-6.
        let tolerance = 5 * (share.standardError * share.standardError + Foundation.pow(share.value * (2 / Double(trials)).squareRoot(), 2)).squareRoot()
        #expect(abs(share.value - explained / total) <= tolerance, "share \(share.value) vs \(explained / total) ± \(tolerance)")
        // The P10 and P90 of a median-1 log-normal with p90 1.2: 1/1.2 and 1.2.
        #expect(abs(big.lowValue - 1 / 1.2) <= 1e-9 && abs(big.highValue - 1.2) <= 1e-9)
    }

    /// An included fixed input swings by ±20% of its value, has no variance share, and with
    /// everything else fixed the swing equals the closed-form mean difference a·p·0.4·λ within
    /// 5 paired standard errors.
    @Test("included fixed input swings by the given share")
    func includedInput() throws {
        let plan = PlanBuilder.plan(months: 1, leads: [200], stages: [.fixed(0.25)], dealSize: .fixed(100), target: 5000)
        let input = try PlanInput(path: "channels.direct.leads", in: plan)
        let result = try SensitivityAnalysis(plan: plan, include: [input], swing: 0.2).run(SimulationSettings(trials: 20_000, seed: 5, threads: 2))
        let bar = try #require(result.inputs.first)
        #expect(bar.isIncluded && bar.lowValue == 160 && bar.highValue == 240)
        #expect(bar.varianceShare == Estimate(value: 0, standardError: 0))
        #expect(abs(bar.meanRevenueSwing.value - 100 * 0.25 * 80) <= 5 * bar.meanRevenueSwing.standardError)
        #expect(bar.probabilityOfHitSwing.value > 0)
    }

    /// Deal size is drawn per deal: its bars move the average deal by ±20% (mean revenue
    /// scales with it: a·(1 ± 0.2)·λp, within 5 paired SE) and it has no variance share.
    @Test("deal size moves its average and has no variance share")
    func dealSize() throws {
        let size = try LogNormal(median: 1000, p90: 2500)
        let plan = PlanBuilder.plan(months: 1, leads: [100], stages: [.fixed(0.5)], dealSize: .logNormal(size), target: 50_000)
        let bar = try #require(try SensitivityAnalysis(plan: plan).run(SimulationSettings(trials: 20_000, seed: 6, threads: 2)).inputs.first)
        #expect(bar.path == "funnel.deal_size" && bar.movesMean && bar.varianceShare == nil)
        #expect(abs(bar.lowValue - 0.8 * size.mean) <= 1e-6 * size.mean && abs(bar.highValue - 1.2 * size.mean) <= 1e-6 * size.mean)
        #expect(abs(bar.meanRevenueSwing.value - 0.4 * size.mean * 50) <= 5 * bar.meanRevenueSwing.standardError)
    }

    @Test("uncertain or repeated includes and bad swings are rejected")
    func rejectsBadOptions() throws {
        let plan = try Self.plan()
        let big = try PlanInput(path: "channels.big.uncertainty", in: plan)
        #expect(throws: SimulationError.self) { try SensitivityAnalysis(plan: plan, include: [big]) }
        let leads = try PlanInput(path: "channels.big.leads", in: plan)
        #expect(throws: SimulationError.self) { try SensitivityAnalysis(plan: plan, include: [leads, leads]) }
        #expect(throws: SimulationError.self) { try SensitivityAnalysis(plan: plan, swing: 1.5) }
    }
}
