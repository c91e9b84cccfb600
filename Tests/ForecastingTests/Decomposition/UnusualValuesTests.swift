@testable import Forecasting
import Foundation
import Statistics
import Testing

@Suite("Unusual values in a history")
struct UnusualValuesTests {
    /// Eight years of monthly values: level 1000 rising 0.5% a month, December a third above
    /// an average month and February a fifth below, log-normal noise of 3%.
    static func monthly(using rng: inout RandomStream) -> [Double] {
        (0..<96).map { t in
            let season = t % 12 == 11 ? 1.33 : t % 12 == 1 ? 0.8 : 1.0
            return 1000 * pow(1.005, Double(t)) * season * exp(0.03 * Normal.standardSample(using: &rng))
        }
    }

    /// Clean series are left alone. Under normal noise a remainder lies beyond the quartiles
    /// by three interquartile ranges (4.7 standard deviations from the median) with
    /// probability 2.4 · 10⁻⁶, so 96 values cross by chance in about 0.02% of series; the
    /// estimated trend, season and quartiles add their own noise. Measured: 3 values flagged in
    /// 500 series. The bound, 5 values, fails if the threshold or the trend is far off (26
    /// with the value itself in its season's median).
    @Test("noise alone is not unusual")
    func noFalseAlarms() {
        var rng = RandomStream(seed: 2_026, component: StreamKey("unusual-values").child("clean"))
        var flagged = 0
        for _ in 0..<500 {
            flagged += UnusualValues.find(in: Self.monthly(using: &rng), seasonalPeriod: 12).count
        }
        #expect(flagged <= 5, "\(flagged) values flagged in 500 clean series")
    }

    /// A value twice what it should be (a 100% spike against 3% noise) is found wherever it
    /// falls, the first and last months included, and reported against its expected value.
    @Test("a spike is found wherever it falls", arguments: [0, 1, 5, 11, 47, 90, 94, 95])
    func spike(at position: Int) throws {
        var rng = RandomStream(seed: 2_026, component: StreamKey("unusual-values").child(position))
        var values = Self.monthly(using: &rng)
        let usual = values[position]
        values[position] *= 2
        let found = UnusualValues.find(in: values, seasonalPeriod: 12)
        #expect(found.map(\.index) == [position])
        let expected = try #require(found.first).expected
        // The trend and season near the spike, which the noise (3%) and the estimated season
        // move by a few percent.
        #expect(abs(expected / usual - 1) < 0.1, "expected \(expected) against the value before the spike, \(usual)")
    }

    /// A lasting break is a new level, not a run of unusual values: at most the values either
    /// side of it, judged against neighbours half on each level, stand out.
    @Test("a level shift is not a run of unusual values")
    func levelShift() {
        var rng = RandomStream(seed: 2_026, component: StreamKey("unusual-values").child("shift"))
        let values = Self.monthly(using: &rng).enumerated().map { $0.offset >= 50 ? $0.element * 1.5 : $0.element }
        #expect(Set(UnusualValues.find(in: values, seasonalPeriod: 12).map(\.index)).isSubset(of: [49, 50]))
    }

    /// Data with zeros or negative values are read in units rather than ratios.
    @Test("in data with negative values a spike is found in units")
    func additive() {
        var rng = RandomStream(seed: 2_026, component: StreamKey("unusual-values").child("additive"))
        var values = (0..<40).map { t in -20 + 0.5 * Double(t) + 3 * Normal.standardSample(using: &rng) }
        values[30] += 40
        let found = UnusualValues.find(in: values, seasonalPeriod: 1)
        #expect(found.map(\.index) == [30])
        #expect(abs(found[0].expected - (-20 + 15)) < 4)
    }

    /// Two windows of values, and for seasonal data four cycles: monthly data need 48 months.
    @Test("too short a history is not judged")
    func tooShort() {
        var rng = RandomStream(seed: 2_026, component: StreamKey("unusual-values").child("short"))
        var values = Array(Self.monthly(using: &rng).prefix(48))
        values[12] *= 2
        #expect(UnusualValues.find(in: Array(values.prefix(47)), seasonalPeriod: 12).isEmpty)
        #expect(UnusualValues.find(in: values, seasonalPeriod: 12).map(\.index) == [12])
        #expect(UnusualValues.window(period: 1) == 5)
        let line = (0..<10).map { Double($0) + (($0 == 4) ? 50 : 0) }
        #expect(UnusualValues.find(in: Array(line.prefix(9)), seasonalPeriod: 1).isEmpty)
        #expect(UnusualValues.find(in: line, seasonalPeriod: 1).map(\.index) == [4])
    }

    /// Remainders without spread say nothing about what is unusual: an exact pattern (where
    /// rounding alone would otherwise stand out) and sales in one month of five.
    @Test("data without spread in their remainders are not judged")
    func noSpread() {
        let exact = (0..<48).map { t in 100 * (1 + 0.2 * sin(2 * Double.pi * Double(t) / 12)) }
        #expect(UnusualValues.find(in: exact, seasonalPeriod: 12).isEmpty)
        let intermittent = (0..<40).map { Double($0 % 5 == 2 ? 7 : 0) }
        #expect(UnusualValues.find(in: intermittent, seasonalPeriod: 1).isEmpty)
    }
}
