import Foundation
import Statistics
import Testing

@Suite struct JamesSteinTests {
    /// keep = 1 − (p − 2) · ν/(ν + 2) · σ̂² / Σx² = 1 − 2 · 0.8 · 2.5 / 25 = 0.84.
    @Test func closedForm() {
        let keep = JamesStein.keep(deviations: [3, 4, 0, 0], variance: 2.5, degreesOfFreedom: 8)
        #expect(abs(keep - 0.84) <= 1e-15)
        let known = JamesStein.keep(deviations: [3, 4, 0, 0], variance: 2.5, degreesOfFreedom: nil)
        #expect(abs(known - 0.8) <= 1e-15, "known variance: no ν/(ν + 2) factor")
        let constrained = JamesStein.keep(deviations: [3, 4, 0, 0], dimension: 3, variance: 2.5, degreesOfFreedom: nil)
        #expect(abs(constrained - 0.9) <= 1e-15, "p − 2 counts the free coordinates")
    }

    @Test func edgeCases() {
        #expect(JamesStein.keep(deviations: [3, 4], variance: 1, degreesOfFreedom: nil) == 1, "p < 3: no shrinkage")
        #expect(JamesStein.keep(deviations: [3, 4, 5], dimension: 2, variance: 1, degreesOfFreedom: nil) == 1)
        #expect(JamesStein.keep(deviations: [0, 0, 0], variance: 1, degreesOfFreedom: nil) == 1, "nothing to shrink")
        #expect(JamesStein.keep(deviations: [1, 2, 3], variance: 0, degreesOfFreedom: 5) == 1, "no noise")
        #expect(JamesStein.keep(deviations: [1, 2, 3], variance: .infinity, degreesOfFreedom: 5) == 1)
        #expect(JamesStein.keep(deviations: [0.1, 0.1, 0.1], variance: 100, degreesOfFreedom: nil) == 0, "positive part")
    }

    /// Total squared error of the shrunk estimate of θ from x ~ N(θ, I_p), p = 10, averaged
    /// over `draws` draws.
    static func risk(theta: [Double], draws: Int, seed: UInt64) -> Double {
        var rng = RandomStream(seed: seed, component: StreamKey("james-stein-risk"))
        var total = 0.0
        for _ in 0..<draws {
            let x = theta.map { $0 + Normal.standardSample(using: &rng) }
            let keep = JamesStein.keep(deviations: x, variance: 1, degreesOfFreedom: nil)
            total += zip(x, theta).reduce(0) { $0 + (keep * $1.0 - $1.1) * (keep * $1.0 - $1.1) }
        }
        return total / Double(draws)
    }

    /// The risk of James–Stein with known σ = 1 is exactly p − (p − 2)² E[1/(p − 2 + 2K)],
    /// K ~ Poisson(‖θ‖²/2) (Lehmann & Casella 1998, §5.5); the unbiased estimate's is p = 10.
    /// At ‖θ‖² = 50 the positive part almost never acts (Σx² < 8 has probability below
    /// 1e−4), so that is its risk too. The loss has a standard deviation of about 4 (measured
    /// 3.9), so the mean of 20,000 draws has a standard error of about 0.028; 0.2 is seven.
    @Test func riskMatchesTheExactFormula() {
        let p = 10, lambda = 25.0
        var expectation = 0.0, poisson = exp(-lambda)
        for k in 0..<200 {
            expectation += poisson / Double(p - 2 + 2 * k)
            poisson *= lambda / Double(k + 1)
        }
        let exact = Double(p) - Double((p - 2) * (p - 2)) * expectation
        let theta = [Double](repeating: 50.0.squareRoot() / Double(p).squareRoot(), count: p)
        let measured = Self.risk(theta: theta, draws: 20000, seed: 1)
        #expect(abs(measured - exact) < 0.2, "measured \(measured), exact \(exact)")
        #expect(exact < 9, "well below the unbiased estimate's risk of 10")
    }

    /// At θ = 0 James–Stein's risk is exactly 2 and its positive part's is lower (Lehmann &
    /// Casella 1998, §5.5), against 10 for x itself. Measured 1.25 with a loss standard
    /// deviation of 2.1, so the standard error is 0.015 and 2 is far away.
    @Test func positivePartBeatsTheUnbiasedEstimateAtZero() {
        let measured = Self.risk(theta: [Double](repeating: 0, count: 10), draws: 20000, seed: 2)
        #expect(measured < 2, "measured \(measured)")
    }
}
