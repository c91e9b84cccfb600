import Statistics
import TestSupport
import Testing

@Suite struct RandomStreamBoundedTests {
    /// Lemire's method is exactly uniform: chi-square over the bound's values at α = 0.001
    /// (1e5 draws; every bin expects at least 5 for these bounds).
    @Test(arguments: [1, 2, 7, 1000])
    func indicesAreUniform(bound: Int) {
        var rng = RandomStream(seed: 21, component: StreamKey("index"))
        let sample = (0..<SamplerChecks.drawCount).map { _ in rng.nextIndex(below: bound) }
        #expect(sample.allSatisfy { $0 >= 0 && $0 < bound })
        SamplerChecks.expectChiSquare(sample, pmf: { _ in 1 / Double(bound) }, support: 0...(bound - 1))
    }

    /// Near 2^63 the rejection threshold matters: values must stay in range and both halves
    /// of the range must be hit about equally (within 5 binomial SEs of 1/2).
    @Test func hugeBoundStaysInRangeAndBalanced() {
        var rng = RandomStream(seed: 22)
        let bound = Int.max - 12_345
        let n = 20_000
        let sample = (0..<n).map { _ in rng.nextIndex(below: bound) }
        #expect(sample.allSatisfy { $0 >= 0 && $0 < bound })
        let lowerHalf = sample.count(where: { $0 < bound / 2 })
        #expect(abs(Double(lowerHalf) - Double(n) / 2) <= 5 * (Double(n) / 4).squareRoot())
    }
}
