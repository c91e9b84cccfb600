import Statistics
import TestSupport
import Testing

@Suite struct UniformTests {
    @Test(arguments: [(0.0, 1.0), (-5.0, 3.0), (1e9, 1e9 + 1)])
    func momentsAndKolmogorovSmirnov(min: Double, max: Double) throws {
        let uniform = try Uniform(min: min, max: max)
        let sample = SamplerChecks.draws(uniform)
        // Excess kurtosis of the uniform: −6/5.
        SamplerChecks.expectMoments(sample, .init(mean: uniform.mean, variance: uniform.variance, excessKurtosis: -1.2))
        SamplerChecks.expectKolmogorovSmirnov(sample, cdf: uniform.cdf)
        #expect(sample.allSatisfy { $0 >= min && $0 <= max })
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "uniform", parameter: "max", value: 1,
                                          requirement: "must exceed min 2")) {
            try Uniform(min: 2, max: 1)
        }
        #expect(throws: DistributionError.self) { try Uniform(min: -.infinity, max: 1) }
        #expect(throws: DistributionError(distribution: "uniform", parameter: "max", value: 1e308,
                                          requirement: "is too far from min -1e+308: the width overflows")) {
            try Uniform(min: -1e308, max: 1e308)
        }
    }
}
