import Statistics
import TestSupport
import Testing

@Suite struct EmpiricalTests {
    static let data: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]

    /// Bootstrap draws are multinomial over the data: each distinct value with probability
    /// (its multiplicity)/n. Checked by chi-square and by the moments of that discrete law.
    @Test func bootstrapFrequenciesAndMoments() throws {
        let empirical = try Empirical(values: Self.data)
        let sample = SamplerChecks.draws(empirical)
        let n = Double(Self.data.count)
        let mean = Self.data.reduce(0, +) / n
        let variance = Self.data.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        let fourth = Self.data.reduce(0) { $0 + ($1 - mean) * ($1 - mean) * ($1 - mean) * ($1 - mean) } / n
        #expect(abs(empirical.mean - mean) <= 1e-14 * mean)
        #expect(abs(empirical.variance - variance) <= 1e-14 * variance)
        SamplerChecks.expectMoments(sample, .init(mean: mean, variance: variance, fourthCentral: fourth))
        SamplerChecks.expectChiSquare(sample.map { Int($0) }, pmf: { value in
            Double(Self.data.count(where: { $0 == Double(value) })) / n
        }, support: 0...10)
    }

    /// numpy: `np.percentile([3,1,4,1,5,9,2,6,5,3,5], [10, 25, 50, 90])` (type 7).
    @Test func quantilesAreType7() throws {
        let empirical = try Empirical(values: Self.data)
        let expected: [(Double, Double)] = [(0.1, 1.0), (0.25, 2.5), (0.5, 4.0), (0.9, 6.0)]
        for (p, value) in expected {
            #expect(abs(empirical.quantile(p) - value) <= 1e-12, "p = \(p)")
        }
    }

    @Test func rejectsInvalidData() {
        #expect(throws: DistributionError(distribution: "empirical", parameter: "values", value: 0,
                                          requirement: "observations given: need at least one")) {
            try Empirical(values: [])
        }
        #expect(throws: DistributionError(distribution: "empirical", parameter: "values[1]", value: .nan,
                                          requirement: "must be a finite number")) {
            try Empirical(values: [1, .nan])
        }
    }
}
