@testable import Forecasting
import Foundation
import Statistics
import Testing

@Suite("Fourier seasonal indices for long cycles")
struct FourierSeasonalityTests {
    /// Three years of weekly values: level 1000 growing 0.2% a week, log-seasonal pattern
    /// 0.10·sin(2πt/52) + 0.05·cos(4πt/52) (a yearly swing of about ±12%), and log-normal
    /// noise with σ = `noise`.
    static func weekly(seasonal: Bool, seed: UInt64, count: Int = 156, noise: Double = 0.02) -> [Double] {
        var rng = RandomStream(seed: seed, component: StreamKey("fourier-seasonality"))
        return (0..<count).map { t in
            let angle = 2 * Double.pi * Double(t) / 52
            let pattern = seasonal ? 0.10 * sin(angle) + 0.05 * cos(2 * angle) : 0
            return 1000 * exp(0.002 * Double(t) + pattern + noise * Normal.standardSample(using: &rng))
        }
    }

    /// Each log index is a sum of at most 2K fitted Fourier coefficients, each with standard
    /// error about σ·√(2/n) = 0.02·0.113 = 0.0023 (orthogonal harmonics over whole cycles);
    /// with K ≤ 10 the error of one log index stays below about √20 · 0.0023 = 0.010, so
    /// 0.03 is three such errors.
    @Test("recovers a yearly pattern in weekly data")
    func recoversPattern() throws {
        for seed: UInt64 in [1, 2, 3] {
            let indices = try #require(FourierSeasonality.pattern(Self.weekly(seasonal: true, seed: seed), period: 52, form: .multiplicative)).components
            #expect(indices.count == 52)
            for (position, index) in indices.enumerated() {
                let angle = 2 * Double.pi * Double(position) / 52
                let truth = 0.10 * sin(angle) + 0.05 * cos(2 * angle)
                #expect(abs(log(index) - truth) < 0.03, "seed \(seed), week \(position + 1)")
            }
            let meanLog = indices.reduce(0) { $0 + log($1) } / 52
            #expect(abs(meanLog) < 1e-12, "the harmonics sum to zero over a cycle")
        }
    }

    /// Additive data: level 20 rising 0.1 a week, offsets 20·sin(2πt/52) + 10·cos(4πt/52),
    /// N(0, 3²) noise, so some weeks are negative. Each Fourier coefficient has standard error
    /// about 3·√(2/156) = 0.34; an offset sums at most 20 of them, but AICc keeps few pairs
    /// here (the pattern has two), so its error is about √4 · 0.34 = 0.7, and 2.5 is over
    /// three such errors.
    @Test("recovers additive offsets when some values are negative")
    func recoversAdditivePattern() throws {
        var rng = RandomStream(seed: 7, component: StreamKey("fourier-additive"))
        let values = (0..<156).map { t in
            let angle = 2 * Double.pi * Double(t) / 52
            return 20 + 0.1 * Double(t) + 20 * sin(angle) + 10 * cos(2 * angle) + 3 * Normal.standardSample(using: &rng)
        }
        #expect(values.contains { $0 < 0 })
        let pattern = try #require(SeasonalPattern.estimate(values, period: 52, rule: .shrunk))
        #expect(pattern.form == .additive)
        for (position, offset) in pattern.components.enumerated() {
            let angle = 2 * Double.pi * Double(position) / 52
            #expect(abs(offset - (20 * sin(angle) + 10 * cos(2 * angle))) < 2.5, "week \(position + 1)")
        }
        #expect(abs(pattern.components.reduce(0, +)) < 1e-9, "the harmonics sum to zero over a cycle")
    }

    /// With no pattern, AICc still prefers some harmonics by chance: one pair lowers
    /// n·log(RSS) by a χ²₂ amount and costs about 4, so K = 1 alone wins with probability
    /// P(χ²₂ > 4) ≈ 0.14, and the larger K add some more. Measured over these 200 seeds: 41
    /// (0.205). The bound 0.30 is about three binomial standard errors
    /// (√(0.205·0.795/200) = 0.029) above that. A spurious pattern is as small as the noise,
    /// so adjusting for it costs little.
    @Test("rarely finds a pattern in trend and noise alone")
    func falsePositives() {
        let found = (0..<200).filter { seed in
            FourierSeasonality.pattern(Self.weekly(seasonal: false, seed: UInt64(seed)), period: 52, form: .multiplicative) != nil
        }.count
        #expect(Double(found) / 200 < 0.30, "found a pattern in \(found) of 200 series")
    }

    @Test("needs two full cycles")
    func tooShort() {
        #expect(FourierSeasonality.pattern(Self.weekly(seasonal: true, seed: 1, count: 103), period: 52, form: .multiplicative) == nil)
    }

    @Test("cycles up to 24 keep the classical test and indices; longer ones use Fourier terms")
    func dispatch() {
        let monthly = (0..<48).map { 100 + 10 * sin(2 * Double.pi * Double($0) / 12) }
        #expect(SeasonalPattern.estimate(monthly, period: 12, rule: .tested) == ClassicalDecomposition(monthly, period: 12, form: .multiplicative).pattern)
        let weekly = Self.weekly(seasonal: true, seed: 1)
        for rule in SeasonalIndexRule.allCases {
            #expect(SeasonalPattern.estimate(weekly, period: 52, rule: rule) == FourierSeasonality.pattern(weekly, period: 52, form: .multiplicative))
        }
        #expect(!SeasonalityTest.isSeasonal(weekly, period: 52), "the autocorrelation test has no power at lag 52 under a trend")
        let shifted = weekly.map { $0 - 1000 }
        #expect(SeasonalPattern.estimate(shifted, period: 52, rule: .tested) == FourierSeasonality.pattern(shifted, period: 52, form: .additive),
                "values that are not all positive take additive offsets")
    }
}
