@testable import Forecasting
import Foundation
import Statistics
import Testing

@Suite("The trend and seasonal pattern a planner reads")
struct SeasonalProfileTests {
    /// Monthly values from January 2023: level 1,000 growing 5 a month, December 30% above
    /// and July 20% below an average month (the rest equal), times log-normal noise with
    /// σ = `noise`.
    static func series(months: Int, noise: Double = 0.01) -> DatedSeries {
        var rng = RandomStream(seed: 3, component: StreamKey("seasonal-profile"))
        let indices = (0..<12).map { month in month == 11 ? 1.3 : month == 6 ? 0.8 : 0.99 }
        let values = (0..<months).map { t in
            (1000 + 5 * Double(t)) * indices[t % 12] * exp(noise * Normal.standardSample(using: &rng))
        }
        return DatedSeries(id: "sales", start: Period(frequency: .monthly, ordinal: 2023 * 12), values: values)
    }

    /// With 1% noise each index is known to about 1%: 3 points of tolerance is three
    /// standard errors, and the trend's 5 a month is measured to within 1.
    @Test("three years and two years of months both name December and July", arguments: [36, 24])
    func patternNamed(months: Int) throws {
        let profile = SeasonalProfile(Self.series(months: months))
        #expect(profile.form == .multiplicative)
        let december = try #require(profile.seasons.first { $0.position == 11 })
        let july = try #require(profile.seasons.first { $0.position == 6 })
        #expect(abs(december.effect - 1.3) < 0.03, "\(december.effect)")
        #expect(abs(july.effect - 0.8) < 0.03, "\(july.effect)")
        #expect(abs(profile.trendPerPeriod - 5) < 1, "\(profile.trendPerPeriod)")
    }

    /// Pure noise over two years: the shrinkage keeps at most a small share of the noise's
    /// apparent pattern (none, most often), so no month is reported far from average.
    @Test("two years of noise report no strong pattern")
    func noiseNotPattern() {
        var rng = RandomStream(seed: 5, component: StreamKey("seasonal-profile-noise"))
        let values = (0..<24).map { _ in 1000 * exp(0.05 * Normal.standardSample(using: &rng)) }
        let profile = SeasonalProfile(DatedSeries(id: "noise", start: Period(frequency: .monthly, ordinal: 2023 * 12), values: values))
        #expect(profile.seasons.allSatisfy { abs($0.effect - 1) < 0.05 }, "\(profile.seasons.map(\.effect))")
    }
}
