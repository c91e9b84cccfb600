@testable import Statistics
import TestSupport
import Testing

/// BINV's sequential search on its own (including the reflection n − X), by chi-square
/// against the binomial pmf; `BinomialTests` checks it through `Binomial` as well.
@Suite struct BinomialInversionTests {
    struct Sampler: RandomSampler {
        let kernel: BinomialInversion
        func sample(using rng: inout RandomStream) -> Int { kernel.sample(using: &rng) }
    }

    @Test(arguments: [(20, 0.3, false), (30, 0.2, true), (1_000_000, 5e-6, false)])
    func sequentialSearchMatchesPMF(trials: Int, r: Double, flipped: Bool) {
        let sample = SamplerChecks.draws(Sampler(kernel: BinomialInversion(trials: trials, r: r, flipped: flipped)))
        let p = flipped ? 1 - r : r
        let mean = Double(trials) * p, variance = mean * (1 - p)
        SamplerChecks.expectChiSquare(sample, pmf: BinomialTests.pmf(trials: trials, probability: p),
                                      support: PoissonTests.support(mean: mean, variance: variance))
    }
}
