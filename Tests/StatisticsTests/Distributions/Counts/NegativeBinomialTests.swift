import Foundation
import Statistics
import TestSupport
import Testing

@Suite struct NegativeBinomialTests {
    /// ln P(N = k) = ln Γ(k + r) − ln k! − ln Γ(r) + r ln p + k ln(1 − p).
    static func pmf(successes r: Double, probability p: Double) -> (Int) -> Double {
        { k in
            exp(lgamma(Double(k) + r) - SamplerChecks.logFactorial(k) - lgamma(r) + r * log(p) + Double(k) * log1p(-p))
        }
    }

    @Test(arguments: [(2.5, 0.3), (0.5, 0.9), (10.0, 0.05), (1000.0, 0.5), (0.01, 0.001), (3.0, 0.999)])
    func momentsAndChiSquare(successes: Double, probability: Double) throws {
        let negativeBinomial = try NegativeBinomial(successes: successes, probability: probability)
        let sample = SamplerChecks.draws(negativeBinomial)
        let mean = successes * (1 - probability) / probability
        let variance = mean / probability
        // Excess kurtosis 6/r + p²/((1 − p)r) (scipy.stats.nbinom agrees).
        let excess = 6 / successes + probability * probability / ((1 - probability) * successes)
        #expect(abs(negativeBinomial.mean - mean) <= 1e-12 * mean)
        SamplerChecks.expectMoments(sample.map(Double.init), .init(mean: mean, variance: variance, excessKurtosis: excess))
        SamplerChecks.expectChiSquare(sample, pmf: Self.pmf(successes: successes, probability: probability),
                                      support: PoissonTests.support(mean: mean, variance: variance))
    }

    /// variance = mean + mean²/dispersion.
    @Test func meanAndDispersionParameterisation() throws {
        let negativeBinomial = try NegativeBinomial(mean: 20, dispersion: 4)
        #expect(abs(negativeBinomial.mean - 20) <= 1e-12 * 20)
        #expect(abs(negativeBinomial.variance - (20 + 400.0 / 4)) <= 1e-12 * 120)
        #expect(SamplerChecks.draws(try NegativeBinomial(mean: 0, dispersion: 2), count: 100).allSatisfy { $0 == 0 })
    }

    @Test func sameSeedSameSequence() throws {
        let negativeBinomial = try NegativeBinomial(successes: 2, probability: 0.2)
        #expect(SamplerChecks.draws(negativeBinomial, seed: 6, count: 500) == SamplerChecks.draws(negativeBinomial, seed: 6, count: 500))
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "negative binomial", parameter: "probability", value: 0,
                                          requirement: "is outside (0, 1]")) {
            try NegativeBinomial(successes: 2, probability: 0)
        }
        #expect(throws: DistributionError(distribution: "negative binomial", parameter: "dispersion", value: 0,
                                          requirement: "must be a positive finite number")) {
            try NegativeBinomial(mean: 3, dispersion: 0)
        }
    }
}
