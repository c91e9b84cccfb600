import Statistics
import TestSupport
import Testing

@Suite struct BetaTests {
    /// Excess kurtosis of Beta(α, β): 6[(α − β)²(α + β + 1) − αβ(α + β + 2)] / [αβ(α + β + 2)(α + β + 3)].
    static func excessKurtosis(_ a: Double, _ b: Double) -> Double {
        6 * ((a - b) * (a - b) * (a + b + 1) - a * b * (a + b + 2)) / (a * b * (a + b + 2) * (a + b + 3))
    }

    @Test(arguments: [(0.3, 0.3), (0.5, 0.9), (0.02, 0.05), (0.5, 2.0), (1.0, 1.0), (2.0, 5.0), (30.0, 70.0), (1000.0, 3.0), (0.05, 10.0)])
    func momentsAndKolmogorovSmirnov(alpha: Double, beta: Double) throws {
        let distribution = try Beta(alpha: alpha, beta: beta)
        let sample = SamplerChecks.draws(distribution)
        SamplerChecks.expectMoments(sample, .init(mean: distribution.mean, variance: distribution.variance,
                                                  excessKurtosis: Self.excessKurtosis(alpha, beta)))
        SamplerChecks.expectKolmogorovSmirnov(sample, cdf: distribution.cdf)
        #expect(sample.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test func meanAndSDParameterisation() throws {
        let beta = try Beta(mean: 0.3, sd: 0.1)
        #expect(abs(beta.mean - 0.3) <= 1e-14)
        #expect(abs(beta.variance - 0.01) <= 1e-14)
    }

    /// Posterior under a uniform prior: 7 of 20 gives Beta(8, 14).
    @Test func successesAndTrialsGivesUniformPriorPosterior() throws {
        let beta = try Beta(successes: 7, trials: 20)
        #expect(beta.alpha == 8 && beta.beta == 14)
        #expect(try Beta(successes: 0, trials: 0) == Beta(alpha: 1, beta: 1))
    }

    @Test func sameSeedSameSequence() throws {
        let beta = try Beta(alpha: 0.3, beta: 0.3)
        #expect(SamplerChecks.draws(beta, seed: 8, count: 500) == SamplerChecks.draws(beta, seed: 8, count: 500))
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "beta", parameter: "mean", value: 1.2,
                                          requirement: "is outside (0, 1)")) {
            try Beta(mean: 1.2, sd: 0.1)
        }
        #expect(throws: DistributionError.self) { try Beta(mean: 0.5, sd: 0.5) }
        #expect(throws: DistributionError(distribution: "beta", parameter: "successes", value: 21,
                                          requirement: "must be between 0 and trials (20)")) {
            try Beta(successes: 21, trials: 20)
        }
        #expect(throws: DistributionError(distribution: "beta", parameter: "alpha", value: -1,
                                          requirement: "must be a positive finite number")) {
            try Beta(alpha: -1, beta: 1)
        }
    }

    @Test func errorMessageNamesDistributionParameterAndValue() {
        do {
            _ = try Beta(mean: 1.2, sd: 0.1)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "beta: mean 1.2 is outside (0, 1)")
        }
    }
}
