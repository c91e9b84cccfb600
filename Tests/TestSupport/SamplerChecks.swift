import Foundation
import Statistics
import Testing

/// Statistical checks shared by the sampler tests (of `Statistics` and of the engine's own
/// samplers).
///
/// Tolerances:
/// - Moments: the sample mean and the sample variance must each lie within 5 standard errors
///   of the exact values. SE(mean) = √(σ²/n). SE(s²) = √((μ₄ − σ⁴(n − 3)/(n − 1))/n), the
///   exact variance of the unbiased sample variance (Cramér, *Mathematical Methods of
///   Statistics*, 1946, §27.4), from the distribution's exact fourth central moment μ₄.
///   Both estimators are close to normal at n ≥ 1e5, so a correct sampler fails a 5-SE check
///   with probability about 6e−7.
/// - Goodness of fit: Kolmogorov–Smirnov for continuous laws and Pearson's chi-square for
///   counts, each at significance α = 0.001 (a correct sampler fails one check with
///   probability 0.001; the seeds are fixed, so a pass is reproducible).
public enum SamplerChecks {
    /// Draws per moment and goodness-of-fit check.
    public static let drawCount = 100_000
    public static let standardErrors = 5.0
    public static let significance = 1e-3

    /// n draws from a fresh stream of the given seed.
    public static func draws<S: RandomSampler>(_ sampler: S, seed: UInt64 = 20_261_121, count: Int = drawCount) -> [S.Value] {
        var rng = RandomStream(seed: seed, component: StreamKey("statistics-tests"))
        return (0..<count).map { _ in sampler.sample(using: &rng) }
    }

    /// The exact moments the sample is compared with.
    public struct Moments {
        public let mean: Double
        public let variance: Double
        /// The fourth central moment μ₄ = E[(X − μ)⁴].
        public let fourthCentral: Double

        /// Moments from the variance and the excess kurtosis γ₂: μ₄ = (γ₂ + 3)σ⁴.
        public init(mean: Double, variance: Double, excessKurtosis: Double) {
            self.mean = mean
            self.variance = variance
            fourthCentral = (excessKurtosis + 3) * variance * variance
        }

        public init(mean: Double, variance: Double, fourthCentral: Double) {
            self.mean = mean
            self.variance = variance
            self.fourthCentral = fourthCentral
        }
    }

    /// Checks the sample mean and variance against `expected` within 5 standard errors.
    public static func expectMoments(_ sample: [Double], _ expected: Moments, sourceLocation: SourceLocation = #_sourceLocation) {
        let n = Double(sample.count)
        let mean = Descriptive.mean(sample)
        let variance = Descriptive.variance(sample)
        let meanError = (expected.variance / n).squareRoot()
        let sigma4 = expected.variance * expected.variance
        let varianceError = ((expected.fourthCentral - sigma4 * (n - 3) / (n - 1)) / n).squareRoot()
        #expect(abs(mean - expected.mean) <= standardErrors * meanError,
                "mean \(mean) vs \(expected.mean), SE \(meanError)", sourceLocation: sourceLocation)
        #expect(abs(variance - expected.variance) <= standardErrors * varianceError,
                "variance \(variance) vs \(expected.variance), SE \(varianceError)", sourceLocation: sourceLocation)
    }

    /// The Kolmogorov–Smirnov statistic D = sup|Fₙ − F| for a sample of doubles.
    ///
    /// A draw x stands for every real that rounds to it, so the ECDF step at x is compared with
    /// F at the next double up and the previous step with F at the next double down (the ends
    /// of x's rounding interval are not themselves doubles). This matters only where the law
    /// puts visible mass below the spacing of doubles (Beta(0.02, 0.05) has 4.6% of its mass
    /// within 1.1e−16 of 1, which rounds to 1); elsewhere it changes D by about F′(x)·ulp.
    public static func kolmogorovSmirnov(_ sample: [Double], cdf: (Double) -> Double) -> Double {
        let sorted = sample.sorted()
        let n = Double(sorted.count)
        var d = 0.0
        for (index, x) in sorted.enumerated() {
            let upper = cdf(x.nextUp)
            let lower = cdf(x.nextDown)
            d = Swift.max(d, Double(index + 1) / n - upper, lower - Double(index) / n)
        }
        return d
    }

    /// Checks a continuous sample against its CDF by KS at α = 0.001. The critical value is
    /// Kolmogorov's asymptotic √(−ln(α/2)/2)/√n (≈ 1.949/√n), accurate to under 1% at
    /// n = 1e5 (Stephens 1970 gives the finite-n correction √n + 0.12 + 0.11/√n).
    public static func expectKolmogorovSmirnov(_ sample: [Double], cdf: (Double) -> Double,
                                        sourceLocation: SourceLocation = #_sourceLocation) {
        let n = Double(sample.count)
        let critical = (-log(significance / 2) / 2).squareRoot() / (n.squareRoot() + 0.12 + 0.11 / n.squareRoot())
        let d = kolmogorovSmirnov(sample, cdf: cdf)
        #expect(d < critical, "KS D = \(d), critical \(critical) at α = \(significance)", sourceLocation: sourceLocation)
    }

    /// Pearson's chi-square test of counts against a probability mass function.
    ///
    /// Adjacent values of `support` are pooled from the left until each bin expects at least
    /// 5 draws (the usual validity rule, Cochran 1954); the remainder joins the last bin.
    /// Draws outside `support` join the end bins on their side, and the probability mass
    /// outside it (1 − Σ pmf over the support) is added to the last bin's expectation; callers
    /// choose supports wide enough (±10 SD) that this mass is negligible on either side. The p-value is
    /// Q((bins − 1)/2, X²/2), the chi-square upper tail. When pooling leaves a single bin (a
    /// very rare outcome, e.g. Poisson(1e−6)), the count of draws other than the main value is
    /// instead compared with its Poisson limit: p = P(N ≥ observed) for N ~ Poisson(expected).
    /// - Returns: the p-value.
    public static func chiSquarePValue(_ sample: [Int], pmf: (Int) -> Double, support: ClosedRange<Int>) -> Double {
        let n = Double(sample.count)
        var observedByValue: [Int: Int] = [:]
        for value in sample { observedByValue[value, default: 0] += 1 }
        var bins: [(expected: Double, observed: Int)] = []
        var expected = 0.0, observed = 0, massSoFar = 0.0
        // Everything below the support counts in the first bin.
        observed += sample.count(where: { $0 < support.lowerBound })
        for k in support {
            let p = pmf(k)
            massSoFar += p
            expected += n * p
            observed += observedByValue[k, default: 0]
            if expected >= 5 {
                bins.append((expected, observed))
                expected = 0
                observed = 0
            }
        }
        observed += sample.count(where: { $0 > support.upperBound })
        expected += n * Swift.max(0, 1 - massSoFar)
        if bins.isEmpty || (bins.count == 1 && expected < 5) {
            // Single bin: test the rare outcomes.
            if bins.isEmpty { return 1 }
            let rareExpected = expected
            let rareObserved = observed
            return rareObserved == 0 ? 1 : IncompleteGamma.p(Double(rareObserved), rareExpected)
        }
        if expected > 0 || observed > 0 {
            bins[bins.count - 1].expected += expected
            bins[bins.count - 1].observed += observed
        }
        let statistic = bins.reduce(0.0) { sum, bin in
            let difference = Double(bin.observed) - bin.expected
            return sum + difference * difference / bin.expected
        }
        return IncompleteGamma.q(Double(bins.count - 1) / 2, statistic / 2)
    }

    public static func expectChiSquare(_ sample: [Int], pmf: (Int) -> Double, support: ClosedRange<Int>,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let p = chiSquarePValue(sample, pmf: pmf, support: support)
        #expect(p > significance, "chi-square p-value \(p) below α = \(significance)", sourceLocation: sourceLocation)
    }

    /// ln k! by lgamma.
    public static func logFactorial(_ k: Int) -> Double { lgamma(Double(k) + 1) }
}
