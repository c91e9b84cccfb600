import Foundation
@testable import Simulation
import Statistics
import Testing

@Suite("Hot-loop samplers")
struct FastMathTests {
    /// FastExp against the C library over the range deal sizes use and beyond: relative error
    /// within 4 units in the last place (2⁻⁵² ≈ 2.2·10⁻¹⁶ each).
    @Test("FastExp is within 4 ulp of exp")
    func fastExp() {
        let tables = FastTables.shared
        var rng = RandomStream(seed: 1)
        var worst = 0.0
        for _ in 0..<200_000 {
            let x = (rng.nextUnit() - 0.5) * 80
            let relative = abs(FastExp.exp(x, tables: tables) / Foundation.exp(x) - 1)
            worst = max(worst, relative)
        }
        #expect(worst <= 4 * 0x1.0p-52)
        #expect(FastExp.exp(0, tables: tables) == 1)
        #expect(FastExp.exp(800, tables: tables) == Foundation.exp(800), "beyond the fast range the C library answers")
    }

    /// Ziggurat normal: mean and variance within 5 standard errors (SE of the mean 1/√n, of
    /// the variance √(2/n)), and Kolmogorov–Smirnov distance below 1.95/√n (α = 0.001).
    @Test("ZigguratNormal draws are standard normal", arguments: [UInt64(1), 2, 3])
    func zigguratNormal(seed: UInt64) {
        let tables = FastTables.shared
        var rng = RandomStream(seed: seed)
        let n = 100_000
        var draws = (0..<n).map { _ in ZigguratNormal.sample(x: tables.zigguratX, f: tables.zigguratF, using: &rng) }
        let mean = draws.reduce(0, +) / Double(n)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        #expect(abs(mean) <= 5 / Double(n).squareRoot())
        #expect(abs(variance - 1) <= 5 * (2 / Double(n)).squareRoot())
        draws.sort()
        var distance = 0.0
        for (i, x) in draws.enumerated() {
            let cdf = Normal.standardCDF(x)
            distance = max(distance, abs(cdf - Double(i) / Double(n)), abs(cdf - Double(i + 1) / Double(n)))
        }
        #expect(distance <= 1.95 / Double(n).squareRoot())
        // The tail beyond r = 3.654 is reached with probability 2.6·10⁻⁴: about 26 draws.
        #expect(draws.first! < -ZigguratNormal.r || draws.last! > ZigguratNormal.r)
    }

    /// The deal-size sum of a log-normal against the distribution's mean and variance
    /// (5 standard errors), and a fixed size exactly.
    @Test("DealSizeSampler sums independent log-normal deals")
    func dealSums() throws {
        let size = try LogNormal(median: 9000, p90: 25000)
        let sampler = DealSizeSampler(.logNormal(size))
        var rng = RandomStream(seed: 9)
        let n = 50_000
        let sums = (0..<n).map { _ in sampler.sum(count: 4, using: &rng) }
        let mean = sums.reduce(0, +) / Double(n)
        let variance = sums.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        #expect(abs(mean - 4 * size.mean) <= 5 * (4 * size.variance / Double(n)).squareRoot())
        let sd4 = Moments.varianceStandardError(sums)
        #expect(abs(variance - 4 * size.variance) <= 5 * sd4)
        #expect(DealSizeSampler(.fixed(250)).sum(count: 7, using: &rng) == 1750)
        #expect(sampler.sum(count: 0, using: &rng) == 0)
    }

    /// Exactness beyond 16 bits: p = (h + ½)/2¹⁶ decides a tie u = h by the following bits.
    @Test("ExactBernoulli resolves ties with further bits")
    func exactBernoulli() {
        let h: UInt64 = 1234
        let p = (Double(h) + 0.5) / 65536
        let bernoulli = ExactBernoulli(probability: p)
        #expect(bernoulli.high == h)
        #expect(bernoulli.fraction == 1 << 52)
        #expect(bernoulli.decide(h - 1, tail: .max))
        #expect(!bernoulli.decide(h + 1, tail: 0))
        #expect(bernoulli.decide(h, tail: (1 << 52) - 1))
        #expect(!bernoulli.decide(h, tail: 1 << 52))
        #expect(bernoulli.mask(h - 1) == .max && bernoulli.mask(h) == 0)
        let certain = ExactBernoulli(probability: 1)
        #expect(certain.mask(65535) == .max, "p = 1 always decides yes")
        #expect(ExactBernoulli(probability: 0).mask(0) == 0, "p = 0 never does")
    }
}
