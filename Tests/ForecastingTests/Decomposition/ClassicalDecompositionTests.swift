@testable import Forecasting
import Foundation
import Statistics
import Testing

@Suite("Classical seasonal decomposition and its James–Stein shrinkage")
struct ClassicalDecompositionTests {
    /// `years` of monthly values: level 100, seasonal index 1 + amplitude·sin(2πt/12), and
    /// multiplicative log-normal noise with σ = 0.05.
    static func monthly(amplitude: Double, seed: UInt64, years: Int = 6) -> [Double] {
        var rng = RandomStream(seed: seed, component: StreamKey("classical-decomposition"))
        return (0..<(12 * years)).map { t in
            100 * Self.truth(amplitude: amplitude, position: t) * exp(0.05 * Normal.standardSample(using: &rng))
        }
    }

    static func truth(amplitude: Double, position t: Int) -> Double {
        1 + amplitude * sin(2 * Double.pi * Double(t) / 12)
    }

    /// Mean over 200 series of Σ(index − truth)², classical and shrunk (a missing shrunk
    /// index is 1).
    static func meanSquaredErrors(amplitude: Double, years: Int = 6) -> (classical: Double, shrunk: Double) {
        var classical = 0.0, shrunk = 0.0
        for seed in 0..<200 {
            let values = Self.monthly(amplitude: amplitude, seed: UInt64(seed), years: years)
            let decomposition = ClassicalDecomposition(values, period: 12, form: .multiplicative, trend: .lineBelowThreeCycles)
            let shrunkIndices = decomposition.shrunk?.components ?? Array(repeating: 1, count: 12)
            for position in 0..<12 {
                let truth = Self.truth(amplitude: amplitude, position: position)
                classical += pow(decomposition.pattern.components[position] - truth, 2) / 200
                shrunk += pow(shrunkIndices[position] - truth, 2) / 200
            }
        }
        return (classical, shrunk)
    }

    /// The point of shrinking (Miller & Williams 2003): with no pattern or a weak one (±2%
    /// against 5% noise, so each index's standard error is about 0.05/√5 = 0.022 from six
    /// years and 0.05/√2 = 0.035 from two), the shrunk indices are closer to the truth.
    /// Measured: six years, no pattern 0.0055 → 0.0009, weak pattern 0.0055 → 0.0025; two
    /// years (detrended by a line), 0.0144 → 0.0035 and 0.0144 → 0.0051. The bounds (0.3 and
    /// 0.6 of the classical error) are far outside the spread of a 200-series mean: each
    /// series' error is a sum of 12 squares, so the mean's relative standard error is about
    /// √(2/12)/√200 ≈ 3%.
    @Test("shrinking brings weak or absent patterns closer to the truth", arguments: [6, 2])
    func shrinkingLowersError(years: Int) {
        let absent = Self.meanSquaredErrors(amplitude: 0, years: years)
        #expect(absent.shrunk < 0.3 * absent.classical, "\(absent)")
        let weak = Self.meanSquaredErrors(amplitude: 0.02, years: years)
        #expect(weak.shrunk < 0.6 * weak.classical, "\(weak)")
    }

    /// A ±30% pattern is 14 standard errors of an index: the James–Stein factor is
    /// 1 − 10 · σ̂² / Σx² ≈ 1 − 10 · 0.0005 / 0.54, so it keeps more than 98% of it.
    @Test("a strong pattern is kept almost whole")
    func strongPatternKept() throws {
        let decomposition = ClassicalDecomposition(Self.monthly(amplitude: 0.3, seed: 1), period: 12, form: .multiplicative)
        let shrunk = try #require(decomposition.shrunk)
        for (index, shrunkIndex) in zip(decomposition.pattern.components, shrunk.components) {
            #expect(abs(shrunkIndex - 1) >= 0.98 * abs(index - 1))
            #expect(abs(shrunkIndex - 1) <= abs(index - 1) + 1e-15)
        }
    }

    @Test("without noise the indices are not shrunk")
    func noiselessPattern() throws {
        let values = (0..<48).map { 100 * Self.truth(amplitude: 0.1, position: $0) }
        let decomposition = ClassicalDecomposition(values, period: 12, form: .multiplicative)
        #expect(decomposition.componentVariance.map { $0 < 1e-20 } == true)
        let shrunk = try #require(decomposition.shrunk)
        for (index, shrunkIndex) in zip(decomposition.pattern.components, shrunk.components) {
            #expect(abs(shrunkIndex - index) < 1e-14)
        }
    }

    /// A level of 10 with offsets +6 in December and −6 in June and zeros in between: the
    /// additive decomposition recovers the offsets exactly (no noise; the moving average of a
    /// whole cycle is the level), and they average 0.
    @Test("data with zeros take additive offsets")
    func additiveOffsets() throws {
        let offsets = [0.0, 0, 0, 0, 0, -6, 0, 0, 0, 0, 0, 6]
        let values: [Double] = (0..<48).map { t in
            let extra: Double = t % 12 == 5 ? -4 : 0
            return 10 + offsets[t % 12] + extra
        }
        #expect(values.contains(0))
        let pattern = try #require(SeasonalPattern.estimate(values, period: 12, rule: .shrunk))
        #expect(pattern.form == .additive)
        let expected = [0.0, 0, 0, 0, 0, -10, 0, 0, 0, 0, 0, 6].map { $0 + 4.0 / 12 }
        for (component, truth) in zip(pattern.components, expected) {
            #expect(abs(component - truth) < 1e-12)
        }
        #expect(abs(pattern.components.reduce(0, +)) < 1e-12)
        for t in values.indices {
            #expect(abs(pattern.restore(pattern.remove(from: values[t], at: t), at: t) - values[t]) < 1e-12)
        }
        #expect(pattern.restoreSpread(2, at: 5) == 2, "an additive pattern leaves the spread alone")
    }

    @Test("shrinking needs two cycles; cycles of 2 and 3 keep the test")
    func rulesEdges() throws {
        let twoCycles = Self.monthly(amplitude: 0.3, seed: 1, years: 2)
        #expect(SeasonalPattern.estimate(Array(twoCycles.dropLast()), period: 12, rule: .shrunk) == nil)
        #expect(ClassicalDecomposition(twoCycles, period: 12, form: .multiplicative).componentVariance == nil, "one detrended value a month")
        #expect(ClassicalDecomposition(twoCycles, period: 12, form: .multiplicative, trend: .lineBelowThreeCycles).componentVariance != nil)
        #expect(try #require(SeasonalPattern.estimate(twoCycles, period: 12, rule: .shrunk)).isSeasonal)
        #expect(SeasonalPattern.estimate(twoCycles, period: 12, rule: .tested) == nil, "the test needs more than two cycles")
        let thirds = (0..<30).map { 100 + 20 * Double($0 % 3) }
        #expect(SeasonalPattern.estimate(thirds, period: 3, rule: .shrunk) == SeasonalPattern.estimate(thirds, period: 3, rule: .tested))
        #expect(SeasonalPattern.estimate(thirds, period: 3, rule: .tested) != nil)
    }
}
