import Foundation
import Statistics
import TestSupport
import Testing

@Suite struct LogNormalTests {
    /// Excess kurtosis of the log-normal: e^{4σ²} + 2e^{3σ²} + 3e^{2σ²} − 6.
    static func excessKurtosis(_ sigma: Double) -> Double {
        let s2 = sigma * sigma
        return exp(4 * s2) + 2 * exp(3 * s2) + 3 * exp(2 * s2) - 6
    }

    @Test(arguments: [(0.0, 0.25), (1.5, 0.8), (-2.0, 1.0), (10.0, 0.05)])
    func momentsAndKolmogorovSmirnov(mu: Double, sigma: Double) throws {
        let logNormal = try LogNormal(mu: mu, sigma: sigma)
        let sample = SamplerChecks.draws(logNormal)
        SamplerChecks.expectMoments(sample, .init(mean: logNormal.mean, variance: logNormal.variance,
                                                  excessKurtosis: Self.excessKurtosis(sigma)))
        SamplerChecks.expectKolmogorovSmirnov(sample, cdf: logNormal.cdf)
    }

    @Test func medianAndP90Parameterisation() throws {
        let logNormal = try LogNormal(median: 100, p90: 250)
        #expect(abs(logNormal.median - 100) <= 1e-12 * 100)
        #expect(abs(logNormal.quantile(0.9) - 250) <= 1e-12 * 250)
        #expect(abs(logNormal.quantile(0.5) - 100) <= 1e-12 * 100)
    }

    @Test func meanAndSDParameterisation() throws {
        let logNormal = try LogNormal(mean: 40, sd: 15)
        #expect(abs(logNormal.mean - 40) <= 1e-12 * 40)
        #expect(abs(logNormal.variance.squareRoot() - 15) <= 1e-12 * 15)
    }

    /// scipy: `stats.lognorm.ppf(p, 0.8, scale=np.exp(1.5))`.
    @Test func logNormalQuantileMatchesSciPy() throws {
        let logNormal = try LogNormal(mu: 1.5, sigma: 0.8)
        let references: [(Double, Double)] = [
            (0.01, 0.6969244276825569), (0.1, 1.607626306935682), (0.5, 4.4816890703380645),
            (0.9, 12.493909086044365), (0.99, 28.820250984711436),
        ]
        for (p, x) in references {
            #expect(abs(logNormal.quantile(p) - x) <= 1e-13 * x, "p = \(p)")
        }
    }

    @Test func sameSeedSameSequence() throws {
        let logNormal = try LogNormal(mu: 0, sigma: 1)
        #expect(SamplerChecks.draws(logNormal, seed: 3, count: 500) == SamplerChecks.draws(logNormal, seed: 3, count: 500))
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "log-normal", parameter: "p90", value: 80,
                                          requirement: "must exceed median 100")) {
            try LogNormal(median: 100, p90: 80)
        }
        #expect(throws: DistributionError(distribution: "log-normal", parameter: "median", value: -1,
                                          requirement: "must be a positive finite number")) {
            try LogNormal(median: -1, p90: 80)
        }
        #expect(throws: DistributionError(distribution: "log-normal", parameter: "sigma", value: -0.5,
                                          requirement: "must be a positive finite number")) {
            try LogNormal(mu: 0, sigma: -0.5)
        }
        #expect(throws: DistributionError(distribution: "log-normal", parameter: "mean", value: 0,
                                          requirement: "must be a positive finite number")) {
            try LogNormal(mean: 0, sd: 1)
        }
    }
}
