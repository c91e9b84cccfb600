import Foundation
@testable import Statistics
import TestSupport
import Testing

/// The internal exponential ziggurat behind the gamma boost and Jöhnk's beta.
@Suite struct StandardExponentialTests {
    struct Sampler: RandomSampler {
        func sample(using rng: inout RandomStream) -> Double { StandardExponential.sample(using: &rng) }
    }

    /// Exp(1): mean 1, variance 1, excess kurtosis 6; KS against 1 − e^{−x}.
    @Test func momentsAndKolmogorovSmirnov() {
        let sample = SamplerChecks.draws(Sampler())
        SamplerChecks.expectMoments(sample, .init(mean: 1, variance: 1, excessKurtosis: 6))
        SamplerChecks.expectKolmogorovSmirnov(sample) { -expm1(-$0) }
    }

    /// The tail beyond r = 7.697 (probability e^{−r} = 4.54e−4) comes from a separate branch:
    /// over 1e6 draws its count must be within 5 binomial SEs of n·e^{−r}, and its mean
    /// excess over r must be 1 (memorylessness) within 5 SEs (SD of the excess is 1).
    @Test func tailBeyondZigguratBase() {
        let r = 7.69711747013104972
        let n = 1_000_000
        let tail = SamplerChecks.draws(Sampler(), seed: 13, count: n).filter { $0 > r }
        let p = exp(-r)
        #expect(abs(Double(tail.count) - Double(n) * p) <= 5 * (Double(n) * p * (1 - p)).squareRoot())
        #expect(abs(Descriptive.mean(tail.map { $0 - r }) - 1) <= 5 / Double(tail.count).squareRoot())
    }
}
