@testable import Simulation
import Statistics
import Testing

@Suite("Five-point conditional-variance rule")
struct ConditionalVarianceRuleTests {
    /// The rule integrates z^k against the standard normal exactly for k ≤ 7 (moments 1, 0,
    /// 1, 0, 3, 0, 15, 0); 1e-12 allows for rounding in the weights' formulas.
    @Test("matches the normal moments up to degree 7", arguments: 0...7)
    func moments(degree: Int) {
        let rule = ConditionalVarianceRule.fivePoint
        let normalMoments: [Double] = [1, 0, 1, 0, 3, 0, 15, 0]
        let sum = zip(rule.nodes, rule.weights).reduce(0) { total, node in
            total + node.1 * (0..<degree).reduce(1.0) { product, _ in product * node.0 }
        }
        #expect(abs(sum - normalMoments[degree]) <= 1e-12)
    }

    /// The inner nodes are the tornado's P10 and P90, so those runs are shared.
    @Test("inner nodes are the P10 and P90")
    func innerNodes() {
        let probabilities = ConditionalVarianceRule.fivePoint.probabilities
        #expect(abs(probabilities[1] - Sensitivity.lowQuantile) <= 1e-12)
        #expect(abs(probabilities[3] - Sensitivity.highQuantile) <= 1e-12)
        #expect(abs(probabilities[2] - 0.5) <= 1e-15)
        #expect(ConditionalVarianceRule.fivePoint.weights.allSatisfy { $0 > 0 })
    }

    /// Identical runs (an input that changes nothing) give exactly zero with zero error.
    @Test("identical runs give exactly zero")
    func identicalRuns() {
        let run = (0..<100).map { Double($0 % 7) * 1.5 }
        let estimate = ConditionalVarianceRule.fivePoint.conditionalVariance(Array(repeating: run, count: 5))
        #expect(estimate == Estimate(value: 0, standardError: 0))
    }

    /// Runs that differ by a constant per node (no noise in the differences): the
    /// estimate is the weighted variance of the constants exactly — the bias correction
    /// vanishes because every run has the same within-run variance and the mixed run too.
    @Test("constant shifts give the weighted variance of the shifts")
    func constantShifts() {
        let rule = ConditionalVarianceRule.fivePoint
        let noise = (0..<1000).map { Double(($0 * 37) % 101) }
        let shifts = rule.nodes.map { 10 * $0 }
        let estimate = rule.conditionalVariance(shifts.map { shift in noise.map { $0 + shift } })
        // Σ w (10 z)² = 100 · E[Z²] = 100, since the shifts have weighted mean 0.
        #expect(abs(estimate.value - 100) <= 1e-8)
    }
}
