import Foundation
@testable import Simulation
import Statistics
import Testing

@Suite("Bit-sliced Bernoulli decisions")
struct SlicedBernoulliTests {
    /// Bit-sliced decisions, per lane and jointly: over n words of 61 lanes the frequency of
    /// U < p is within 5 standard errors of p (SE √(p(1−p)/(61n))), the variance of the
    /// number of winners per word is that of Binomial(61, p) within 5 SE (lanes independent;
    /// SE of a sample variance ≈ σ²√(2/n), the kurtosis term of a binomial with
    /// 61·p·(1−p) ≫ 1 being negligible), and no lane outside the mask is set.
    @Test("SlicedBernoulli decides 64 lanes with the exact probability",
          arguments: [0.15, 0.25, 0.6, 0.999])
    func slicedBernoulli(p: Double) {
        var rng = RandomStream(seed: 17)
        let n = 20_000
        let lanes = SlicedBernoulli.lowLanes(61)
        var hits = 0
        var outside = 0
        var counts: [Double] = []
        for _ in 0..<n {
            let below = SlicedBernoulli.draw(lanes: lanes, below: .init(p), using: &rng)
            outside += (below & ~lanes).nonzeroBitCount
            hits += below.nonzeroBitCount
            counts.append(Double(below.nonzeroBitCount))
        }
        #expect(outside == 0)
        let decisions = Double(61 * n)
        #expect(abs(Double(hits) / decisions - p) <= 5 * (p * (1 - p) / decisions).squareRoot())
        let mean = counts.reduce(0, +) / Double(n)
        let variance = counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let binomialVariance = 61 * p * (1 - p)
        #expect(abs(variance - binomialVariance) <= 5 * binomialVariance * (2 / Double(n)).squareRoot())
    }

    /// Winners first, then slips among the winners (as the pipeline draws them): a lane is
    /// won and slipped with probability p·s and won on time with p·(1 − s), each frequency
    /// within 5 standard errors (SE √(π(1−π)/(64n)) for a probability π), slips never
    /// outside the winners, and the slips of different lanes uncorrelated: the variance of
    /// the number slipped per word is Binomial(64, p·s)'s within 5 SE (as above).
    @Test("slips drawn among winners have probability p·slip",
          arguments: [(0.15, 0.25), (0.6, 0.3), (0.35, 1.0)])
    func slipsAmongWinners(p: Double, slip: Double) {
        var rng = RandomStream(seed: 23)
        let n = 20_000
        var late = 0, onTime = 0, stray = 0
        var counts: [Double] = []
        for _ in 0..<n {
            let won = SlicedBernoulli.draw(lanes: ~0, below: .init(p), using: &rng)
            let slipped = SlicedBernoulli.draw(lanes: won, below: .init(slip), using: &rng)
            stray += (slipped & ~won).nonzeroBitCount
            late += slipped.nonzeroBitCount
            onTime += (won & ~slipped).nonzeroBitCount
            counts.append(Double(slipped.nonzeroBitCount))
        }
        #expect(stray == 0)
        let decisions = Double(64 * n)
        for (count, probability) in [(late, p * slip), (onTime, p * (1 - slip))] {
            #expect(abs(Double(count) / decisions - probability) <= 5 * (probability * (1 - probability) / decisions).squareRoot())
        }
        let mean = counts.reduce(0, +) / Double(n)
        let variance = counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let binomialVariance = 64 * p * slip * (1 - p * slip)
        #expect(abs(variance - binomialVariance) <= 5 * binomialVariance * (2 / Double(n)).squareRoot())
    }

    /// Exact edge cases: p = ½ is decided by the first digit alone (U < ½ exactly when that
    /// digit is 0), p = 0 and p = 1 and an empty lane set draw nothing, p = ¼ (0.01₂) reads
    /// at most two digits, and a p below 2⁻⁶⁰ (a long expansion) still terminates with no
    /// winners in practice.
    @Test("SlicedBernoulli edge probabilities")
    func slicedBernoulliEdges() {
        var rng = RandomStream(seed: 5)
        var copy = rng
        let half = SlicedBernoulli.draw(lanes: ~0, below: .init(0.5), using: &rng)
        #expect(half == ~copy.next())
        #expect(rng.next() == copy.next(), "one digit was read")
        let all = SlicedBernoulli.draw(lanes: 0b1011, below: .init(1), using: &rng)
        let none = SlicedBernoulli.draw(lanes: 0b1011, below: .init(0), using: &rng)
        let empty = SlicedBernoulli.draw(lanes: 0, below: .init(0.3), using: &rng)
        #expect(all == 0b1011 && none == 0 && empty == 0)
        #expect(rng.next() == copy.next(), "certain outcomes read no digits")
        let first = copy.next(), second = copy.next()
        let quarter = SlicedBernoulli.draw(lanes: ~0, below: .init(0.25), using: &rng)
        #expect(quarter == ~first & ~second, "U < ¼ exactly when its first two digits are 0")
        #expect(rng.next() == copy.next(), "two digits were read")
        let tiny = SlicedBernoulli.draw(lanes: ~0, below: .init(0x1.8p-61), using: &rng)
        #expect(tiny == 0)
        #expect(SlicedBernoulli.lowLanes(0) == 0 && SlicedBernoulli.lowLanes(3) == 0b111 && SlicedBernoulli.lowLanes(64) == ~0)
    }
}
