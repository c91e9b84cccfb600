import Statistics
import Testing

@Suite struct RunningMomentsTests {
    static func sample(seed: UInt64, count: Int, offset: Double) -> [Double] {
        var rng = RandomStream(seed: seed)
        return (0..<count).map { _ in offset + Normal.standardSample(using: &rng) }
    }

    /// Welford vs the (compensated) two-pass formula, including a large offset (1e9, σ = 1)
    /// where the textbook Σx² − n·mean² formula loses every digit. Welford's running mean is
    /// rounded to ε·|mean| at each step, which perturbs each deviation by about ε·|mean|/σ
    /// relative; tolerance 1e−12 + 10·ε·|mean|/σ on the variance (2.2e−6 at offset 1e9).
    @Test(arguments: [0.0, 1e3, 1e9])
    func welfordMatchesTwoPass(offset: Double) {
        let values = Self.sample(seed: 1, count: 100_000, offset: offset)
        let moments = RunningMoments(values)
        #expect(moments.count == values.count)
        #expect(abs(moments.mean - Descriptive.mean(values)) <= 1e-15 * Swift.max(1, abs(offset)) * 10)
        let tolerance = 1e-12 + 10 * Double.ulpOfOne * abs(offset)
        #expect(abs(moments.variance - Descriptive.variance(values)) <= tolerance * Descriptive.variance(values))
        #expect(moments.minimum == values.min() && moments.maximum == values.max())
    }

    /// Merging chunks (Chan et al.) gives the one-pass moments for uneven splits, including
    /// empty chunks, to 1e−12 relative.
    @Test(arguments: [[100_000], [1, 99_999], [50_000, 0, 50_000], [10, 20_000, 30_000, 49_990]])
    func mergeOfChunksEqualsOnePass(chunkSizes: [Int]) {
        let values = Self.sample(seed: 2, count: 100_000, offset: 50)
        var start = 0
        var merged = RunningMoments()
        for size in chunkSizes {
            merged.merge(RunningMoments(values[start..<(start + size)]))
            start += size
        }
        let onePass = RunningMoments(values)
        #expect(merged.count == onePass.count)
        #expect(abs(merged.mean - onePass.mean) <= 1e-12 * abs(onePass.mean))
        #expect(abs(merged.variance - onePass.variance) <= 1e-12 * onePass.variance)
        #expect(merged.minimum == onePass.minimum && merged.maximum == onePass.maximum)
    }

    @Test func emptyAndSingle() {
        #expect(RunningMoments().variance.isNaN)
        #expect(RunningMoments().populationVariance.isNaN)
        let one = RunningMoments([3])
        #expect(one.mean == 3 && one.variance.isNaN && one.populationVariance == 0)
        #expect(RunningMoments().merged(with: one) == one)
    }
}
