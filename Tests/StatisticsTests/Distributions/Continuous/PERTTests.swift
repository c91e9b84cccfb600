import Statistics
import TestSupport
import Testing

@Suite struct PERTTests {
    @Test(arguments: [(0.0, 0.0, 1.0), (10.0, 20.0, 60.0), (0.0, 0.5, 1.0), (-100.0, 90.0, 100.0)])
    func momentsAndKolmogorovSmirnov(min: Double, mode: Double, max: Double) throws {
        let pert = try PERT(min: min, mode: mode, max: max)
        #expect(abs(pert.mean - (min + 4 * mode + max) / 6) <= 1e-12 * Swift.max(1, abs(pert.mean)))
        let sample = SamplerChecks.draws(pert)
        SamplerChecks.expectMoments(sample, .init(mean: pert.mean, variance: pert.variance,
                                                  excessKurtosis: BetaTests.excessKurtosis(pert.standard.alpha, pert.standard.beta)))
        SamplerChecks.expectKolmogorovSmirnov(sample, cdf: pert.cdf)
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "pert", parameter: "mode", value: -1,
                                          requirement: "must lie between min 0 and max 1")) {
            try PERT(min: 0, mode: -1, max: 1)
        }
    }
}
