import Foundation
import Statistics
import TestSupport
import Testing

@Suite struct BinomialTests {
    /// ln P(X = k) = ln n! − ln k! − ln(n − k)! + k ln p + (n − k) ln(1 − p), by lgamma (for
    /// n = 1e9 the cancellation costs about 4e−6 relative, far below the test's resolution).
    static func pmf(trials n: Int, probability p: Double) -> (Int) -> Double {
        { k in
            guard k >= 0, k <= n else { return 0 }
            let logChoose = SamplerChecks.logFactorial(n) - SamplerChecks.logFactorial(k) - SamplerChecks.logFactorial(n - k)
            return exp(logChoose + Double(k) * log(p) + Double(n - k) * log1p(-p))
        }
    }

    /// Both methods (inversion when n·min(p, 1 − p) < 30, BTPE otherwise), both sides of
    /// p = 1/2, and the extremes n = 1e9, p = 1e−8 and n = 50, p = 0.999.
    @Test(arguments: [(1_000_000_000, 1e-8), (50, 0.999), (10, 0.3), (40, 0.9), (1000, 0.02),
                      (100, 0.5), (500, 0.93), (1_000_000, 0.3), (1_000_000_000, 0.5)])
    func momentsAndChiSquare(trials: Int, probability: Double) throws {
        let binomial = try Binomial(trials: trials, probability: probability)
        let sample = SamplerChecks.draws(binomial)
        let npq = Double(trials) * probability * (1 - probability)
        let mean = Double(trials) * probability
        SamplerChecks.expectMoments(sample.map(Double.init), .init(mean: mean, variance: npq,
                                                                   excessKurtosis: (1 - 6 * probability * (1 - probability)) / npq))
        #expect(sample.allSatisfy { $0 >= 0 && $0 <= trials })
        SamplerChecks.expectChiSquare(sample, pmf: Self.pmf(trials: trials, probability: probability),
                                      support: PoissonTests.support(mean: mean, variance: npq))
    }

    @Test func degenerateCases() throws {
        #expect(SamplerChecks.draws(try Binomial(trials: 7, probability: 1), count: 100).allSatisfy { $0 == 7 })
        #expect(SamplerChecks.draws(try Binomial(trials: 7, probability: 0), count: 100).allSatisfy { $0 == 0 })
        #expect(SamplerChecks.draws(try Binomial(trials: 0, probability: 0.4), count: 100).allSatisfy { $0 == 0 })
    }

    @Test func sameSeedSameSequence() throws {
        let binomial = try Binomial(trials: 1000, probability: 0.4)
        #expect(SamplerChecks.draws(binomial, seed: 4, count: 500) == SamplerChecks.draws(binomial, seed: 4, count: 500))
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "binomial", parameter: "probability", value: 1.5,
                                          requirement: "is outside [0, 1]")) {
            try Binomial(trials: 10, probability: 1.5)
        }
        #expect(throws: DistributionError(distribution: "binomial", parameter: "trials", value: -3,
                                          requirement: "must be non-negative")) {
            try Binomial(trials: -3, probability: 0.5)
        }
        #expect(throws: DistributionError.self) { try Binomial(trials: Binomial.maximumTrials + 1, probability: 0.5) }
    }
}
