@testable import Forecasting
import Statistics
import Testing

@Suite("Combined forecast")
struct CombinedForecastTests {
    /// A fitted model with a given normal forecast, to check the combination's arithmetic.
    struct FixedNormal: FittedModel {
        let mean: Double
        let sd: Double
        var summary: String { "fixed" }
        var fittedValues: [Double] { [] }
        func forecast(horizon: Int, levels: [Double]) -> Forecast {
            .gaussian(mean: Array(repeating: mean, count: horizon), sd: Array(repeating: sd, count: horizon), levels: levels)
        }
        func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] { Array(repeating: mean, count: horizon) }
    }

    /// Means 10 and 14 (variance about their mean 4), sds 1 and 3 (mean 2): sd √(2² + 4) = √8.
    /// The sds are read back from 80% intervals, so 1e-9 allows for the quantile's rounding.
    @Test("spread adds the members' disagreement to their mean spread")
    func mixtureSpread() {
        let combined = CombinedForecast([FixedNormal(mean: 10, sd: 1), FixedNormal(mean: 14, sd: 3)], horizon: 2, seasonalPeriod: 1, rule: .mean, extrapolation: nil)
        #expect(combined.mean == [12, 12])
        for sd in combined.sd { #expect(abs(sd - 8.0.squareRoot()) < 1e-9) }
    }

    @Test("members that agree keep their mean spread")
    func agreement() {
        let combined = CombinedForecast([FixedNormal(mean: 5, sd: 1), FixedNormal(mean: 5, sd: 2)], horizon: 1, seasonalPeriod: 1, rule: .median, extrapolation: nil)
        #expect(abs(combined.sd[0] - 1.5) < 1e-9)
    }

    /// Two fixed-sd members whose means cross: 10 → 14 and 14 → 10 over three periods.
    struct Line: FittedModel {
        let start: Double
        let step: Double
        var summary: String { "line" }
        var fittedValues: [Double] { [] }
        func forecast(horizon: Int, levels: [Double]) -> Forecast {
            .gaussian(mean: (0..<horizon).map { start + step * Double($0) }, sd: Array(repeating: 1, count: horizon), levels: levels)
        }
        func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] { forecast(horizon: horizon, levels: []).mean }
    }

    /// Disagreement 2, 0, 2 at h = 1, 2, 3: the spread stays at √(1 + 4) instead of dipping to 1.
    @Test("spread never shrinks with the horizon where members cross")
    func crossingMembers() {
        let combined = CombinedForecast([Line(start: 10, step: 2), Line(start: 14, step: -2)], horizon: 3, seasonalPeriod: 1, rule: .mean, extrapolation: nil)
        for sd in combined.sd { #expect(abs(sd - 5.0.squareRoot()) < 1e-9) }
    }

    /// Members that disagree by 2 in every second period only (a "peak season" of period 2):
    /// spread √(1 + 4) in the peaks, 1 between them, and no period narrower than the same
    /// season one cycle before.
    struct Peaks: FittedModel {
        let peak: Double
        var summary: String { "peaks" }
        var fittedValues: [Double] { [] }
        func forecast(horizon: Int, levels: [Double]) -> Forecast {
            .gaussian(mean: (0..<horizon).map { $0 % 2 == 0 ? peak : 10 }, sd: Array(repeating: 1, count: horizon), levels: levels)
        }
        func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] { forecast(horizon: horizon, levels: []).mean }
    }

    @Test("the spread is carried within each season, not from one season to the next")
    func seasonalSpread() {
        let combined = CombinedForecast([Peaks(peak: 18), Peaks(peak: 22)], horizon: 4, seasonalPeriod: 2, rule: .mean, extrapolation: nil)
        let peak = 5.0.squareRoot()
        let expected = [peak, 1, peak, 1]
        for (sd, value) in zip(combined.sd, expected) { #expect(abs(sd - value) < 1e-9) }
        let nonSeasonal = CombinedForecast([Peaks(peak: 18), Peaks(peak: 22)], horizon: 4, seasonalPeriod: 1, rule: .mean, extrapolation: nil)
        for sd in nonSeasonal.sd { #expect(abs(sd - 5.0.squareRoot()) < 1e-9) }
    }

    /// Two members that agree, sd 1: the spread is the shape alone. Over the 4 calibrated
    /// steps its mean square is 1; a longer combination of the same fit keeps the first 4.
    @Test("the spread widens step by step as a line fitted to the same data would, 1 on average over the calibrated steps")
    func extrapolationShape() {
        let members = [FixedNormal(mean: 5, sd: 1), FixedNormal(mean: 5, sd: 1)]
        let shape = ExtrapolationShape(observations: 10, calibrationHorizon: 4)
        let combined = CombinedForecast(members, horizon: 4, seasonalPeriod: 1, rule: .mean, extrapolation: shape)
        let meanSquare = combined.sd.reduce(0) { $0 + $1 * $1 } / 4
        #expect(abs(meanSquare - 1) < 1e-9)
        #expect(zip(combined.sd, combined.sd.dropFirst()).allSatisfy { $0 < $1 })
        let longer = CombinedForecast(members, horizon: 6, seasonalPeriod: 1, rule: .mean, extrapolation: shape)
        for (a, b) in zip(combined.sd, longer.sd) { #expect(abs(a - b) < 1e-12) }
        #expect(longer.sd[5] > longer.sd[3])
    }
}
