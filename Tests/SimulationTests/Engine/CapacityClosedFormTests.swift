import Foundation
@testable import Simulation
import Statistics
import Testing

/// (f) Capacity that binds, against closed forms; tolerances are five standard errors.
@Suite("Capacity against closed forms")
struct CapacityClosedFormTests {
    static let tolerance = 5.0

    /// 2 reps × 10 opportunities, plus 2 hires in month 1 at half speed for their first
    /// month: capacity 20, 30, 40. With about 100 opportunities a month (P(fewer than 40)
    /// ≈ 10⁻¹¹) exactly the capacity is worked, so won ~ Binomial(20 + 30 + 40, 0.5) and
    /// lost = opportunities − 90 with mean 300 − 90 and variance 300.
    @Test("(f) binding capacity with a ramping hire")
    func bindingCapacity() throws {
        var plan = PlanBuilder.plan(months: 3, leads: [200, 200, 200], stages: [.fixed(0.5), .fixed(0.5)])
        plan.capacity = Capacity(reps: 2, opportunitiesPerRepMonth: .fixed(10),
                                 hires: [Hire(month: 1, count: 2, ramp: [0.5])])
        let trials = 20_000
        let (result, sample) = try TrialSample.collect(plan, trials: trials)
        let n = Double(trials)
        #expect(abs(Moments.mean(sample.totals) - 45) <= Self.tolerance * (22.5 / n).squareRoot())
        #expect(abs(Moments.variance(sample.totals) - 22.5) <= Self.tolerance * Moments.varianceStandardError(sample.totals))
        let funnel = try #require(result.funnel.first)
        #expect(abs(funnel.lostToCapacity - 210) <= Self.tolerance * (300 / n).squareRoot())
        #expect(abs(funnel.opportunities - 300) <= Self.tolerance * (300 / n).squareRoot())
    }

    /// 50 reps, one opportunity each, attrition 10% a month, far more opportunities than
    /// reps and every opportunity won: revenue = 50 + A₁ + A₂ with A₁ ~ Bin(50, 0.9),
    /// A₂ | A₁ ~ Bin(A₁, 0.9): mean 50 + 45 + 40.5, variance 4.5 + 7.695 + 2·0.9·4.5.
    @Test("(f) attrition: reps leave after each month they work")
    func attrition() throws {
        var plan = PlanBuilder.plan(months: 3, leads: [1000, 1000, 1000], stages: [.fixed(0.5), .fixed(1)])
        plan.capacity = Capacity(reps: 50, opportunitiesPerRepMonth: .fixed(1), attritionMonthly: .fixed(0.1))
        let (_, sample) = try TrialSample.collect(plan, trials: 20_000)
        let variance = 4.5 + 7.695 + 2 * 0.9 * 4.5
        #expect(abs(Moments.mean(sample.totals) - 135.5) <= Self.tolerance * (variance / Double(sample.totals.count)).squareRoot())
        #expect(abs(Moments.variance(sample.totals) - variance) <= Self.tolerance * Moments.varianceStandardError(sample.totals))
    }
}
