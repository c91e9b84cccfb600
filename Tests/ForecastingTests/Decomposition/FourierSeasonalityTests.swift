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
            let indices = try #require(FourierSeasonality.indices(Self.weekly(seasonal: true, seed: seed), period: 52))
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

    /// With no pattern, AICc still prefers some harmonics by chance: one pair lowers
    /// n·log(RSS) by a χ²₂ amount and costs about 4, so K = 1 alone wins with probability
    /// P(χ²₂ > 4) ≈ 0.14, and the larger K add some more. Measured over these 200 seeds: 41
    /// (0.205). The bound 0.30 is about three binomial standard errors
    /// (√(0.205·0.795/200) = 0.029) above that. A spurious pattern is as small as the noise,
    /// so adjusting for it costs little.
    @Test("rarely finds a pattern in trend and noise alone")
    func falsePositives() {
        let found = (0..<200).filter { seed in
            FourierSeasonality.indices(Self.weekly(seasonal: false, seed: UInt64(seed)), period: 52) != nil
        }.count
        #expect(Double(found) / 200 < 0.30, "found a pattern in \(found) of 200 series")
    }

    @Test("needs two full cycles")
    func tooShort() {
        #expect(FourierSeasonality.indices(Self.weekly(seasonal: true, seed: 1, count: 103), period: 52) == nil)
    }

    @Test("cycles up to 24 keep the classical test and indices; longer ones use Fourier terms")
    func dispatch() {
        let monthly = (0..<48).map { 100 + 10 * sin(2 * Double.pi * Double($0) / 12) }
        #expect(SeasonalIndices.estimate(monthly, period: 12, rule: .tested) == ClassicalDecomposition(monthly, period: 12).indices)
        let weekly = Self.weekly(seasonal: true, seed: 1)
        for rule in SeasonalIndexRule.allCases {
            #expect(SeasonalIndices.estimate(weekly, period: 52, rule: rule) == FourierSeasonality.indices(weekly, period: 52))
        }
        #expect(!SeasonalityTest.isSeasonal(weekly, period: 52), "the autocorrelation test has no power at lag 52 under a trend")
        #expect(SeasonalIndices.estimate(weekly.map { $0 - 2000 }, period: 52, rule: .tested) == nil, "non-positive values")
    }
}
