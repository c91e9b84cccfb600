import Foundation
@testable import Simulation
import Statistics
import Testing

@Suite("Deal-size sums")
struct DealSizeSamplerTests {
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
}
