import Foundation
import Statistics
import TestSupport
import Testing

@Suite struct NormalTests {
    @Test(arguments: [(0.0, 1.0), (-3.0, 0.001), (1e6, 2.5e5), (5.0, 40.0)])
    func momentsAndKolmogorovSmirnov(mean: Double, sd: Double) throws {
        let normal = try Normal(mean: mean, sd: sd)
        let sample = SamplerChecks.draws(normal)
        SamplerChecks.expectMoments(sample, .init(mean: mean, variance: sd * sd, excessKurtosis: 0))
        SamplerChecks.expectKolmogorovSmirnov(sample, cdf: normal.cdf)
    }

    /// The ziggurat's tail beyond r = 3.6541528853610088 is sampled by a separate algorithm
    /// that KS at 1e5 draws barely sees. Over 1e6 draws the count beyond ±r is binomial with
    /// p = 2Φ(−r) = 2.5806e−4 (≈ 258 expected); it must lie within 5 binomial standard errors,
    /// and the tail draws' mean excess over r must match E[Z − r | Z > r] = φ(r)/Φ(−r) − r
    /// = 0.2459 within 5 standard errors (its SD is about 0.23).
    @Test func tailBeyondZigguratBase() throws {
        let r = 3.6541528853610088
        let count = 1_000_000
        let sample = SamplerChecks.draws(try Normal(mean: 0, sd: 1), seed: 7, count: count)
        let tail = sample.filter { abs($0) > r }
        let p = erfc(r / 2.0.squareRoot())
        let expected = Double(count) * p
        #expect(abs(Double(tail.count) - expected) <= 5 * (expected * (1 - p)).squareRoot())
        let upperTail = Normal.standardCDF(-r)
        let meanExcess = exp(-0.5 * r * r) / (2 * Double.pi).squareRoot() / upperTail - r
        let excesses = tail.map { abs($0) - r }
        let excessSD = Descriptive.standardDeviation(excesses)
        #expect(abs(Descriptive.mean(excesses) - meanExcess) <= 5 * excessSD / Double(tail.count).squareRoot())
        #expect(tail.contains { $0 > 0 } && tail.contains { $0 < 0 })
    }

    @Test func sameSeedSameSequence() throws {
        let normal = try Normal(mean: 1, sd: 2)
        #expect(SamplerChecks.draws(normal, seed: 1, count: 1000) == SamplerChecks.draws(normal, seed: 1, count: 1000))
        #expect(SamplerChecks.draws(normal, seed: 1, count: 1000) != SamplerChecks.draws(normal, seed: 2, count: 1000))
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: DistributionError(distribution: "normal", parameter: "sd", value: 0,
                                          requirement: "must be a positive finite number")) {
            try Normal(mean: 0, sd: 0)
        }
        #expect(throws: DistributionError(distribution: "normal", parameter: "mean", value: .nan,
                                          requirement: "must be a finite number")) {
            try Normal(mean: .nan, sd: 1)
        }
        #expect(throws: DistributionError.self) { try Normal(mean: 0, sd: .infinity) }
    }
}
