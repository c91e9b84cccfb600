import Statistics
import TestSupport
import Testing

@Suite struct DiscreteDistributionTests {
    static let cases: [(values: [Double], probabilities: [Double])] = [
        ([10, 20, 30, 40.5], [0.1, 0.2, 0.3, 0.4]),
        ([0, 1], [0.999, 0.001]),
        ([5, -5, 100, 7, 8, 9, 10], [0.3, 0.05, 0.05, 0.2, 0.2, 0.1, 0.1]),
    ]

    /// Chi-square on the index of the value drawn, and moments of the finite law
    /// (μ₄ computed exactly from the probabilities).
    @Test(arguments: cases)
    func aliasFrequenciesAndMoments(values: [Double], probabilities: [Double]) throws {
        let discrete = try DiscreteDistribution(values: values, probabilities: probabilities)
        let sample = SamplerChecks.draws(discrete)
        let mean = zip(values, probabilities).reduce(0) { $0 + $1.0 * $1.1 }
        let variance = zip(values, probabilities).reduce(0) { $0 + ($1.0 - mean) * ($1.0 - mean) * $1.1 }
        let fourth = zip(values, probabilities).reduce(0) { sum, pair in
            let d = pair.0 - mean
            return sum + d * d * d * d * pair.1
        }
        #expect(abs(discrete.mean - mean) <= 1e-12 * Swift.max(1, abs(mean)))
        #expect(abs(discrete.variance - variance) <= 1e-12 * variance)
        SamplerChecks.expectMoments(sample, .init(mean: mean, variance: variance, fourthCentral: fourth))
        let indices = sample.map { value in values.firstIndex(of: value)! }
        SamplerChecks.expectChiSquare(indices, pmf: { probabilities[$0] }, support: 0...(values.count - 1))
    }

    @Test func quantileIsSmallestValueReachingP() throws {
        let discrete = try DiscreteDistribution(values: [30, 10, 20], probabilities: [0.5, 0.2, 0.3])
        #expect(discrete.quantile(0.1) == 10)
        #expect(discrete.quantile(0.2) == 10)
        #expect(discrete.quantile(0.21) == 20)
        #expect(discrete.quantile(0.9) == 30)
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "discrete", parameter: "probabilities[1]", value: -0.2,
                                          requirement: "must be a non-negative finite number")) {
            try DiscreteDistribution(values: [1, 2], probabilities: [1.2, -0.2])
        }
        #expect(throws: DistributionError(distribution: "discrete", parameter: "probabilities (sum)", value: 0.9,
                                          requirement: "must sum to 1")) {
            try DiscreteDistribution(values: [1, 2], probabilities: [0.5, 0.4])
        }
        #expect(throws: DistributionError(distribution: "discrete", parameter: "probabilities", value: 1,
                                          requirement: "given for 2 values: need one per value")) {
            try DiscreteDistribution(values: [1, 2], probabilities: [1])
        }
    }
}
