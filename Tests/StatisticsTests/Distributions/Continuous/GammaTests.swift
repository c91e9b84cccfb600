import Statistics
import TestSupport
import Testing

@Suite struct GammaTests {
    @Test(arguments: [(0.01, 1.0), (0.3, 2.0), (1.0, 1.0), (2.5, 0.5), (30.0, 10.0), (1000.0, 1e-3)])
    func momentsAndKolmogorovSmirnov(shape: Double, scale: Double) throws {
        let gamma = try Gamma(shape: shape, scale: scale)
        let sample = SamplerChecks.draws(gamma)
        SamplerChecks.expectMoments(sample, .init(mean: shape * scale, variance: shape * scale * scale,
                                                  excessKurtosis: 6 / shape))
        SamplerChecks.expectKolmogorovSmirnov(sample, cdf: gamma.cdf)
        #expect(sample.allSatisfy { $0 >= 0 && $0.isFinite })
    }

    @Test func meanAndSDParameterisation() throws {
        let gamma = try Gamma(mean: 12, sd: 3)
        #expect(abs(gamma.shape - 16) <= 1e-12 * 16)
        #expect(abs(gamma.scale - 0.75) <= 1e-12)
    }

    @Test func sameSeedSameSequence() throws {
        let gamma = try Gamma(shape: 0.4, scale: 1)
        #expect(SamplerChecks.draws(gamma, seed: 5, count: 500) == SamplerChecks.draws(gamma, seed: 5, count: 500))
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "gamma", parameter: "shape", value: 0,
                                          requirement: "must be a positive finite number")) {
            try Gamma(shape: 0, scale: 1)
        }
        #expect(throws: DistributionError(distribution: "gamma", parameter: "scale", value: -2,
                                          requirement: "must be a positive finite number")) {
            try Gamma(shape: 1, scale: -2)
        }
        #expect(throws: DistributionError(distribution: "gamma", parameter: "sd", value: .infinity,
                                          requirement: "must be a positive finite number")) {
            try Gamma(mean: 1, sd: .infinity)
        }
    }
}
