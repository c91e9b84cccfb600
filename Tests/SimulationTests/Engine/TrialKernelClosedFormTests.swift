import Foundation
@testable import Simulation
import Statistics
import Testing

/// The engine against closed forms (specification "Correctness" (a)–(g)). Every tolerance is
/// five Monte Carlo standard errors of the checked estimate, so a correct engine fails a
/// check with probability below 10⁻⁶; seeds are fixed, so the outcome is reproducible.
/// Each test runs both exact routes: Poisson thinning (no capacity) and stage-by-stage draws
/// (an unlimited capacity).
@Suite("Trial kernel against closed forms")
struct TrialKernelClosedFormTests {
    static let tolerance = 5.0
    static let routes: [Capacity?] = [nil, PlanBuilder.unlimitedCapacity]

    /// (a) Fixed λ, one stage p, lag 0, fixed size a: revenue = a · Poisson(λp).
    /// Each probability P(revenue = a·k) is checked against the Poisson pmf.
    @Test("(a) revenue is a · Poisson(λp): pmf and P(hit) against the exact Poisson law", arguments: routes)
    func poissonRevenue(capacity: Capacity?) throws {
        let (lambda, p, amount, trials) = (20.0, 0.3, 1000.0, 40_000)
        var plan = PlanBuilder.plan(months: 1, leads: [lambda], stages: [.fixed(p)], dealSize: .fixed(amount), target: 8 * amount)
        plan.capacity = capacity
        let (result, sample) = try TrialSample.collect(plan, trials: trials)
        let mean = lambda * p
        var pmf = exp(-mean)
        var tail = 1.0
        for k in 0...15 {
            let observed = Double(sample.totals.filter { $0 == Double(k) * amount }.count) / Double(trials)
            let se = (pmf * (1 - pmf) / Double(trials)).squareRoot()
            #expect(abs(observed - pmf) <= Self.tolerance * se, "P(K = \(k)): \(observed) vs \(pmf)")
            if k < 8 { tail -= pmf }
            pmf *= mean / Double(k + 1)
        }
        // P(hit) = P(K ≥ 8), binomial standard error.
        let se = (tail * (1 - tail) / Double(trials)).squareRoot()
        #expect(abs(result.probabilityOfHit.value - tail) <= Self.tolerance * se)
        #expect(abs(result.probabilityOfHit.standardError - se) <= 0.05 * se, "reported SE is the binomial SE")
    }

    /// (c) Lags: with lags {0: .3, 1: .4, 2: .2, 3: .1} over 3 months, wins of month t close
    /// inside the window with probability F(2 − t); in-window wins are Poisson with mean
    /// q·Σ λ_t F(2 − t), those after the window Poisson with the rest, and all new wins of a
    /// trial Poisson with the sum.
    @Test("(c) share of wins closing inside the window", arguments: routes)
    func lagShares(capacity: Capacity?) throws {
        let lambda = 100.0
        let q = 0.2
        let cycle = [0.3, 0.4, 0.2, 0.1]
        var plan = PlanBuilder.plan(months: 3, leads: [lambda, lambda, lambda], stages: [.fixed(q)], cycle: cycle)
        plan.capacity = capacity
        let trials = 20_000
        let result = try Simulator(plan: plan).run(SimulationSettings(trials: trials, seed: 11, threads: 2))
        let inside = q * lambda * (0.9 + 0.7 + 0.3)
        let after = q * lambda * (0.1 + 0.3 + 0.7)
        // Poisson counts: variance = mean.
        #expect(abs(result.revenue.mean.value - inside) <= Self.tolerance * (inside / Double(trials)).squareRoot())
        let funnel = try #require(result.funnel.first)
        #expect(abs(funnel.closingAfterWindow - after) <= Self.tolerance * (after / Double(trials)).squareRoot())
        #expect(abs(funnel.won - (inside + after)) <= Self.tolerance * ((inside + after) / Double(trials)).squareRoot())
        // The trial's count of new won deals (inside and after the window) is itself
        // Poisson(inside + after), so its variance equals its mean; n·SE² is the sample
        // variance, whose standard error for a Poisson(μ) count is √((μ + 2μ²)/n).
        let won = inside + after
        #expect(abs(result.newDealsWon.value - won) <= Self.tolerance * (won / Double(trials)).squareRoot())
        let variance = Double(trials) * result.newDealsWon.standardError * result.newDealsWon.standardError
        #expect(abs(variance - won) <= Self.tolerance * ((won + 2 * won * won) / Double(trials)).squareRoot(),
                "the per-trial count of new won deals is drawn, not its expectation")
    }

    /// (d) Beta rate and log-normal sizes: R = Σ_{k≤K} X_k, K | p ~ Poisson(λp), p ~ Beta.
    /// Law of total variance: E[R] = λE[p]E[X], Var R = λE[p]E[X²] + λ²E[X]²Var p.
    @Test("(d) mean and variance of revenue by the law of total variance", arguments: routes)
    func totalVariance(capacity: Capacity?) throws {
        let lambda = 200.0
        let rate = try Beta(mean: 0.1, sd: 0.02)
        let size = try LogNormal(median: 9000, p90: 25000)
        var plan = PlanBuilder.plan(months: 1, leads: [lambda], stages: [.beta(rate)], dealSize: .logNormal(size))
        plan.capacity = capacity
        let (_, sample) = try TrialSample.collect(plan, trials: 30_000)
        let secondMoment = size.variance + size.mean * size.mean
        let mean = lambda * rate.mean * size.mean
        let variance = lambda * rate.mean * secondMoment + lambda * lambda * size.mean * size.mean * rate.variance
        let n = Double(sample.totals.count)
        #expect(abs(Moments.mean(sample.totals) - mean) <= Self.tolerance * (variance / n).squareRoot())
        #expect(abs(Moments.variance(sample.totals) - variance) <= Self.tolerance * Moments.varianceStandardError(sample.totals))
    }

    /// (e) Hill response with carryover and a log-normal multiplier m: with every stage at
    /// rate 1 and size 1, revenue counts the leads, Poisson(m Σ λ_t) with
    /// λ_t = V s_t^k/(s_t^k + H^k), s_t = spend_t + θ s_{t−1}; E = E[m]Σλ,
    /// Var = E[m]Σλ + Var(m)(Σλ)².
    @Test("(e) expected leads from the Hill response with carryover", arguments: routes)
    func hillCarryover(capacity: Capacity?) throws {
        let spend = [50000.0, 50000, 60000]
        let (v, h, k, theta, prior) = (2000.0, 80000.0, 2.0, 0.4, 45000.0)
        let multiplier = try LogNormal(median: 1, p90: 1.2)
        var s = prior
        var sum = 0.0
        for x in spend {
            s = x + theta * s
            sum += v * pow(s, k) / (pow(s, k) + pow(h, k))
        }
        var plan = PlanBuilder.plan(months: 3, leads: [0, 0, 0], stages: [.fixed(1)])
        plan.channels = [Channel(
            name: "paid", leads: .spend(SpendPlan(spend: spend, response: .hill(maxLeads: .fixed(v), halfSpend: .fixed(h), slope: .fixed(k)),
                                                  carryover: theta, priorSpend: prior)),
            uncertainty: .logNormal(multiplier))]
        plan.capacity = capacity
        let trials = 20_000
        let result = try Simulator(plan: plan).run(SimulationSettings(trials: trials, seed: 5, threads: 2))
        let mean = multiplier.mean * sum
        let variance = mean + multiplier.variance * sum * sum
        #expect(abs(result.revenue.mean.value - mean) <= Self.tolerance * (variance / Double(trials)).squareRoot())
        let leads = try #require(result.funnel.first?.leads)
        #expect(abs(leads - mean) <= Self.tolerance * (variance / Double(trials)).squareRoot())
    }

    /// (g) Churn drawn once per trial from Beta(α, β): E[MRR₀ Σ_{k=1}^{M} (1 − c)^k] with
    /// E[(1 − c)^k] = Π_{j<k} (β + j)/(α + β + j).
    @Test("(g) expected recurring revenue under Beta churn")
    func churn() throws {
        let churn = try Beta(mean: 0.02, sd: 0.01)
        let mrr = 100_000.0
        var plan = PlanBuilder.plan(months: 3, leads: [0, 0, 0], stages: [.fixed(0.5)])
        plan.recurring = Recurring(startingMRR: .fixed(mrr), churnMonthly: .beta(churn), countsTowardTarget: true)
        let result = try Simulator(plan: plan).run(SimulationSettings(trials: 20_000, seed: 3, threads: 2))
        var expected = 0.0
        var moment = 1.0
        for j in 0..<3 {
            moment *= (churn.beta + Double(j)) / (churn.alpha + churn.beta + Double(j))
            expected += mrr * moment
        }
        let recurring = try #require(result.sources.first { $0.kind == .recurring })
        #expect(abs(recurring.meanRevenue.value - expected) <= Self.tolerance * recurring.meanRevenue.standardError)
        // Same sums in a different order (by month, then by source): equal to rounding.
        #expect(abs(result.revenue.mean.value - recurring.meanRevenue.value) <= 1e-12 * expected,
                "recurring counts, and is the only revenue")
        plan.recurring?.countsTowardTarget = false
        let excluded = try Simulator(plan: plan).run(SimulationSettings(trials: 1000, seed: 3, threads: 1))
        #expect(excluded.revenue.mean.value == 0, "recurring revenue that does not count is reported, not added")
    }
}
