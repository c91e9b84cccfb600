import Foundation
@testable import Simulation
import Statistics
import Testing

@Suite("One-shot Poisson draws")
struct PoissonDrawTests {
    /// Moments within 5 standard errors (SE of the mean √(λ/n); of the variance
    /// √((μ₄ − λ²)/n) with μ₄ = λ + 3λ² for the Poisson), and a chi-square goodness-of-fit
    /// test over cells with expected count ≥ 5, at the 0.1% critical value (Wilson–Hilferty
    /// approximation of the chi-square quantile), on both methods and their boundary.
    @Test("moments and goodness of fit", arguments: [0.3, 4.0, 9.99, 10.0, 37.5, 400.0])
    func poisson(mean: Double) {
        var rng = RandomStream(seed: 17, component: StreamKey("poisson"), trial: UInt64(mean * 100))
        let n = 60_000
        let draws = (0..<n).map { _ in PoissonDraw.sample(mean: mean, using: &rng) }
        let sampleMean = Double(draws.reduce(0, +)) / Double(n)
        let sampleVariance = draws.reduce(0.0) { $0 + pow(Double($1) - sampleMean, 2) } / Double(n - 1)
        #expect(abs(sampleMean - mean) <= 5 * (mean / Double(n)).squareRoot())
        #expect(abs(sampleVariance - mean) <= 5 * ((mean + 2 * mean * mean) / Double(n)).squareRoot())

        var counts: [Int: Int] = [:]
        for k in draws { counts[k, default: 0] += 1 }
        var chiSquare = 0.0
        var cells = 0
        var pooledObserved = 0
        var pooledExpected = 0.0
        let upper = Int(mean + 12 * mean.squareRoot() + 20)
        for k in 0...upper {
            let expected = Double(n) * exp(-mean + Double(k) * log(mean) - lgamma(Double(k) + 1))
            pooledObserved += counts[k, default: 0]
            pooledExpected += expected
            if pooledExpected >= 5 {
                chiSquare += pow(Double(pooledObserved) - pooledExpected, 2) / pooledExpected
                cells += 1
                pooledObserved = 0
                pooledExpected = 0
            }
        }
        let df = Double(cells - 1)
        let z999 = 3.090_232_306
        let critical = df * pow(1 - 2 / (9 * df) + z999 * (2 / (9 * df)).squareRoot(), 3)
        #expect(chiSquare <= critical, "chi-square \(chiSquare) over \(cells) cells")
    }

    @Test("degenerate means draw 0")
    func degenerate() {
        var rng = RandomStream(seed: 1)
        #expect(CountDraw.poisson(mean: 0, using: &rng) == 0)
        #expect(CountDraw.poisson(mean: -.infinity, using: &rng) == 0)
        #expect(CountDraw.poisson(mean: .nan, using: &rng) == 0)
    }
}
