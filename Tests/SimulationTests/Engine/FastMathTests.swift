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

    /// The deal-size sum of a log-normal against the distribution's mean and variance
    /// (5 standard errors), and a fixed size exactly.
    @Test("DealSizeSampler sums independent log-normal deals")
    func dealSums() throws {
        let size = try LogNormal(median: 9000, p90: 25000)
        let storage = KernelStorage()
        let sampler = DealSizeSampler(.logNormal(size), storage: storage)
        var rng = RandomStream(seed: 9)
        let n = 50_000
        let sums = (0..<n).map { _ in sampler.sum(count: 4, using: &rng) }
        let mean = sums.reduce(0, +) / Double(n)
        let variance = sums.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        #expect(abs(mean - 4 * size.mean) <= 5 * (4 * size.variance / Double(n)).squareRoot())
        let sd4 = Moments.varianceStandardError(sums)
        #expect(abs(variance - 4 * size.variance) <= 5 * sd4)
        #expect(DealSizeSampler(.fixed(250), storage: storage).sum(count: 7, using: &rng) == 1750)
        #expect(sampler.sum(count: 0, using: &rng) == 0)
    }

    /// Bit-sliced decisions, per lane and jointly: over n words of 64 lanes the frequency of
    /// U < p and of U < q is within 5 standard errors of p and q (SE √(p(1−p)/(64n))), the
    /// variance of the number of winners per word is that of Binomial(64, p) within 5 SE
    /// (lanes independent; SE of a sample variance ≈ σ²√(2/n), the kurtosis term of a
    /// binomial with 64·p·(1−p) ≫ 1 being negligible), q-decisions nest in p-decisions, and
    /// no lane outside the mask is set.
    @Test("SlicedBernoulli decides 64 lanes with the exact probabilities",
          arguments: [(0.15, 0.0375), (0.6, 0.15), (0.35, 0.35), (0.999, 0.001)])
    func slicedBernoulli(p: Double, q: Double) {
        var rng = RandomStream(seed: 17)
        let n = 20_000
        let lanes = SlicedBernoulli.lowLanes(61)
        var hitsP = 0, hitsQ = 0
        var counts: [Double] = []
        for _ in 0..<n {
            let (belowP, belowQ) = SlicedBernoulli.draw(lanes: lanes, p: .init(p), q: .init(q), using: &rng)
            #expect(belowP & ~lanes == 0 && belowQ & ~belowP == 0)
            hitsP += belowP.nonzeroBitCount
            hitsQ += belowQ.nonzeroBitCount
            counts.append(Double(belowP.nonzeroBitCount))
        }
        let decisions = Double(61 * n)
        #expect(abs(Double(hitsP) / decisions - p) <= 5 * (p * (1 - p) / decisions).squareRoot())
        #expect(abs(Double(hitsQ) / decisions - q) <= 5 * (q * (1 - q) / decisions).squareRoot())
        let mean = counts.reduce(0, +) / Double(n)
        let variance = counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let binomialVariance = 61 * p * (1 - p)
        #expect(abs(variance - binomialVariance) <= 5 * binomialVariance * (2 / Double(n)).squareRoot())
    }

    /// Exact edge cases: p = ½ is decided by the first digit alone (U < ½ exactly when that
    /// digit is 0), p = 0 and p = 1 draw nothing, and a p below 2⁻⁶⁰ (a long expansion)
    /// still terminates with no winners in practice.
    @Test("SlicedBernoulli edge probabilities")
    func slicedBernoulliEdges() {
        var rng = RandomStream(seed: 5)
        var copy = rng
        let (half, _) = SlicedBernoulli.draw(lanes: ~0, p: .init(0.5), q: .init(0), using: &rng)
        #expect(half == ~copy.next())
        #expect(rng.next() == copy.next(), "one digit was read")
        let (all, none) = SlicedBernoulli.draw(lanes: 0b1011, p: .init(1), q: .init(0), using: &rng)
        #expect(all == 0b1011 && none == 0)
        #expect(rng.next() == copy.next(), "certain outcomes read no digits")
        let (tiny, _) = SlicedBernoulli.draw(lanes: ~0, p: .init(0x1.8p-61), q: .init(0), using: &rng)
        #expect(tiny == 0)
        #expect(SlicedBernoulli.lowLanes(0) == 0 && SlicedBernoulli.lowLanes(3) == 0b111 && SlicedBernoulli.lowLanes(64) == ~0)
    }
}
