import Statistics
import TestSupport
import Testing

@Suite struct TriangularTests {
    @Test(arguments: [(0.0, 0.0, 1.0), (0.0, 1.0, 1.0), (2.0, 5.0, 11.0), (-1.0, 0.0, 1.0)])
    func momentsAndKolmogorovSmirnov(min: Double, mode: Double, max: Double) throws {
        let triangular = try Triangular(min: min, mode: mode, max: max)
        let sample = SamplerChecks.draws(triangular)
        // Excess kurtosis of every triangular distribution: −3/5.
        SamplerChecks.expectMoments(sample, .init(mean: triangular.mean, variance: triangular.variance,
                                                  excessKurtosis: -0.6))
        SamplerChecks.expectKolmogorovSmirnov(sample, cdf: triangular.cdf)
    }

    @Test func quantileInvertsCDF() throws {
        let triangular = try Triangular(min: 2, mode: 5, max: 11)
        for p in [0.01, 0.2, 1.0 / 3.0, 0.5, 0.95] {
            #expect(abs(triangular.cdf(triangular.quantile(p)) - p) <= 1e-14)
        }
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "triangular", parameter: "mode", value: 12,
                                          requirement: "must lie between min 2 and max 11")) {
            try Triangular(min: 2, mode: 12, max: 11)
        }
        #expect(throws: DistributionError(distribution: "triangular", parameter: "max", value: 2,
                                          requirement: "must exceed min 2")) {
            try Triangular(min: 2, mode: 2, max: 2)
        }
    }
}
