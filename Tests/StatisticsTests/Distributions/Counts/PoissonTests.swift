import Foundation
import Statistics
import TestSupport
import Testing

@Suite struct PoissonTests {
    /// ln P(N = k) = −λ + k ln λ − ln k!.
    static func pmf(_ mean: Double) -> (Int) -> Double {
        { k in exp(-mean + Double(k) * log(mean) - SamplerChecks.logFactorial(k)) }
    }

    /// The chi-square support: ±10 SD around the mean (the mass outside joins the end bins).
    static func support(mean: Double, variance: Double) -> ClosedRange<Int> {
        let reach = 10 * variance.squareRoot() + 10
        return Int(max(0, mean - reach))...Int(mean + reach)
    }

    /// Means spanning every path (tabulated inversion below 100, PTRS from 100; the table-free
    /// inversion and PTRS are also exercised through the negative binomial) and the extremes.
    @Test(arguments: [1e-6, 0.5, 3, 9.99, 10, 30, 99.9, 100, 1000, 1e7])
    func momentsAndChiSquare(mean: Double) throws {
        let poisson = try Poisson(mean: mean)
        let sample = SamplerChecks.draws(poisson)
        // Poisson: excess kurtosis 1/λ.
        SamplerChecks.expectMoments(sample.map(Double.init), .init(mean: mean, variance: mean, excessKurtosis: 1 / mean))
        SamplerChecks.expectChiSquare(sample, pmf: Self.pmf(mean), support: Self.support(mean: mean, variance: mean))
    }

    /// The one-draw sampler for means that change from draw to draw: both methods (inversion
    /// below λ = 10, PTRS from there) and their boundary, with the same moment and chi-square
    /// checks as the distribution's own sampler.
    @Test(arguments: [0.3, 4, 9.99, 10, 37.5, 400])
    func oneDrawMomentsAndChiSquare(mean: Double) {
        var rng = RandomStream(seed: 20_261_121, component: StreamKey("statistics-tests"))
        let sample = (0..<SamplerChecks.drawCount).map { _ in Poisson.sample(mean: mean, using: &rng) }
        SamplerChecks.expectMoments(sample.map(Double.init), .init(mean: mean, variance: mean, excessKurtosis: 1 / mean))
        SamplerChecks.expectChiSquare(sample, pmf: Self.pmf(mean), support: Self.support(mean: mean, variance: mean))
    }

    @Test func zeroMeanIsAlwaysZero() throws {
        #expect(SamplerChecks.draws(try Poisson(mean: 0), count: 1000).allSatisfy { $0 == 0 })
    }

    @Test func sameSeedSameSequence() throws {
        for mean in [2.0, 50.0] {
            let poisson = try Poisson(mean: mean)
            #expect(SamplerChecks.draws(poisson, seed: 9, count: 500) == SamplerChecks.draws(poisson, seed: 9, count: 500))
        }
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "poisson", parameter: "mean", value: -1,
                                          requirement: "must be a non-negative finite number")) {
            try Poisson(mean: -1)
        }
        #expect(throws: DistributionError(distribution: "poisson", parameter: "mean", value: 1e16,
                                          requirement: "exceeds the largest supported mean 1e15")) {
            try Poisson(mean: 1e16)
        }
    }
}
