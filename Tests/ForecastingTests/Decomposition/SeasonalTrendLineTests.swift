@testable import Forecasting
import Foundation
import Statistics
import Testing

@Suite("Seasonal decomposition of fewer than three cycles, detrended by a line")
struct SeasonalTrendLineTests {
    /// Offsets summing to zero, with December highest.
    static let offsets = (0..<12).map { 8 * sin(2 * Double.pi * Double($0 - 9) / 12) }

    /// Without noise the line with season intercepts is the truth, whether the history holds
    /// two whole cycles or ends mid-cycle (where a line fitted without the intercepts would
    /// take the extra months' offsets for trend).
    @Test("a straight trend and an additive pattern are recovered exactly", arguments: [24, 30, 35])
    func additiveExact(count: Int) {
        let values = (0..<count).map { 50 + 2 * Double($0) + Self.offsets[$0 % 12] }
        let line = SeasonalTrendLine(values, period: 12, form: .additive)
        for t in values.indices { #expect(abs(line[t] - (50 + 2 * Double(t))) < 1e-9) }
        let decomposition = ClassicalDecomposition(values, period: 12, form: .additive, trend: .lineBelowThreeCycles)
        for (component, truth) in zip(decomposition.pattern.components, Self.offsets) {
            #expect(abs(component - truth) < 1e-9)
        }
        #expect(decomposition.degreesOfFreedom == count - 13)
        #expect(decomposition.componentVariance.map { $0 < 1e-20 } == true)
    }

    /// The multiplicative form fits the line to logarithms, so an exponential trend is
    /// straight there and indices averaging 1 come back exactly.
    @Test("an exponential trend and multiplicative indices are recovered exactly")
    func multiplicativeExact() {
        let indices = Self.offsets.map { 1 + $0 / 40 }
        let values = (0..<24).map { 100 * exp(0.01 * Double($0)) * indices[$0 % 12] }
        let decomposition = ClassicalDecomposition(values, period: 12, form: .multiplicative, trend: .lineBelowThreeCycles)
        for (component, truth) in zip(decomposition.pattern.components, indices) {
            #expect(abs(component - truth) < 1e-12)
        }
    }

    /// Positions not present (filled, when gaps were filled) are left out of the line and the
    /// components, so wild values there change nothing.
    @Test("positions not present are ignored")
    func presentPositions() {
        var values = (0..<30).map { 50 + 2 * Double($0) + Self.offsets[$0 % 12] }
        var present = [Bool](repeating: true, count: values.count)
        for t in [3, 16, 29] {
            values[t] = 1e6
            present[t] = false
        }
        let decomposition = ClassicalDecomposition(values, period: 12, form: .additive, trend: .lineBelowThreeCycles, present: present)
        for (component, truth) in zip(decomposition.pattern.components, Self.offsets) {
            #expect(abs(component - truth) < 1e-9)
        }
    }

    /// The tested rule keeps the published methods' adjustment at every length: the moving
    /// average, as R's `decompose` (and so `thetaf`) detrends 30 months.
    @Test("tested components keep the moving-average trend below three cycles")
    func testedKeepsMovingAverage() throws {
        // A December peak (which the test finds; a smooth wave over 30 months it does not)
        // and a bump every fifth month, so the two trends disagree.
        let values: [Double] = (0..<30).map { t in
            let december: Double = t % 12 == 11 ? 40 : 0
            let bump: Double = t % 5 == 0 ? 3 : 0
            return 100 + 0.3 * Double(t) + december + bump
        }
        let tested = try #require(SeasonalPattern.estimate(values, period: 12, rule: .tested))
        #expect(tested == ClassicalDecomposition(values, period: 12, form: .multiplicative).pattern)
        #expect(tested != ClassicalDecomposition(values, period: 12, form: .multiplicative, trend: .lineBelowThreeCycles).pattern)
    }

    /// The deviations of the detrended values from their season's component are the
    /// regression's residuals, so their pooled variance estimates σ² on n − m − 1 degrees of
    /// freedom without bias, and with two values a season each component's variance is σ²/2.
    /// With σ = 1 each estimate has standard deviation 0.5·√(2/11) ≈ 0.21; the mean of 1,000
    /// has 0.0067, so ±0.02 is three standard errors.
    @Test("two cycles measure the components' noise without bias")
    func componentVarianceUnbiased() {
        var rng = RandomStream(seed: 7, component: StreamKey("seasonal-trend-line"))
        var total = 0.0
        for _ in 0..<1000 {
            let values = (0..<24).map { 10 + 0.5 * Double($0) + Normal.standardSample(using: &rng) }
            let decomposition = ClassicalDecomposition(values, period: 12, form: .additive, trend: .lineBelowThreeCycles)
            total += decomposition.componentVariance ?? .nan
        }
        #expect(abs(total / 1000 - 0.5) < 0.02, "\(total / 1000)")
    }
}
