@testable import Forecasting
import Foundation
import Statistics
import Testing

/// A forecast does not depend on the unit a history is written in: a series in millions, in
/// units or in billionths gives the same forecast, scaled. Every model is fitted to a noisy
/// seasonal series and to the same series times each `scales` entry, from 10⁻¹⁰⁰ to 10¹⁰⁰
/// (the magnitudes a history file may hold, `SeriesAssembler`), and the scaled forecast's
/// mean and interval ends must equal the unscaled ones times the scale.
///
/// Tolerance: 10⁻⁶ of the unscaled 95% interval's width at that step. Scaling by a power of
/// ten is not exact in binary, so an optimiser may stop a few iterations apart (its
/// tolerances are relative); 10⁻⁶ of the width is far below what a planner reads and far above
/// such rounding, while a tolerance or floor written in absolute units (1e-8, say) moves
/// the forecast by the whole width at 10⁻¹⁰⁰.
@Suite("Scale equivariance")
struct ScaleEquivarianceTests {
    static let scales = [1e-100, 1e-9, 1e12, 1e100]

    /// Five years of monthly data: level, trend, season and noise from a fixed stream.
    static let series: TimeSeries = {
        var rng = RandomStream(seed: 2_026, component: StreamKey("scale-equivariance"))
        let values = (0..<60).map { t in
            100 + 0.5 * Double(t) + 10 * sin(2 * Double.pi * Double(t) / 12) + 3 * Normal.standardSample(using: &rng)
        }
        return TimeSeries(values: values, seasonalPeriod: 12)
    }()

    @Test("scaling the history scales the forecast", arguments: PathologicalSeriesTests.methods, scales)
    func scaledForecast(method: PathologicalSeriesTests.NamedMethod, scale: Double) throws {
        let levels = [0.8, 0.95]
        let horizon = RobustnessContract.horizon
        let reference = try method.method.fit(Self.series).forecast(horizon: horizon, levels: levels)
        let scaledSeries = TimeSeries(values: Self.series.values.map { $0 * scale }, seasonalPeriod: 12)
        let scaled = try method.method.fit(scaledSeries).forecast(horizon: horizon, levels: levels)
        let widest = reference.intervals[1]
        for h in 0..<horizon {
            let tolerance = 1e-6 * (widest.upper[h] - widest.lower[h])
            let pairs = [(reference.mean[h], scaled.mean[h])]
                + zip(reference.intervals, scaled.intervals).flatMap { [($0.lower[h], $1.lower[h]), ($0.upper[h], $1.upper[h])] }
            for (expected, actual) in pairs {
                #expect(abs(actual / scale - expected) <= tolerance, "step \(h + 1): \(actual / scale) against \(expected)")
            }
        }
    }
}
