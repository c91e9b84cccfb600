import Foundation
import Forecasting
import Statistics
import Testing

/// The checks every forecasting model must pass (fit → forecast shapes, ordered and widening
/// intervals, sample paths that average to the forecast, determinism for a seed).
///
/// Reusable: any `ForecastingMethod` can be run through `ModelContract.check`, e.g. from an
/// ETS test with `ModelContract.check(ETS(), on: ModelContract.seasonalSeries)`.
enum ModelContract {
    static let horizon = 18
    static let levels = [0.8, 0.95]
    /// Paths for the mean check: the tolerance below scales as 1/√paths.
    static let paths = 4_000
    /// Monte Carlo tolerance in standard errors: a correct model fails one horizon with
    /// probability about 6·10⁻⁷ (two-sided normal tail beyond 5).
    static let standardErrors = 5.0

    /// 8 years of a positive monthly series: level 200, trend +0.8 per month, a 12-month
    /// sine season of amplitude 25, and N(0, 4²) noise from a fixed stream.
    static let seasonalSeries: TimeSeries = {
        var rng = RandomStream(seed: 42, component: StreamKey("contract-series"))
        let values = (0..<96).map { t in
            200 + 0.8 * Double(t) + 25 * sin(2 * Double.pi * Double(t) / 12) + 4 * Normal.standardSample(using: &rng)
        }
        return TimeSeries(values: values, seasonalPeriod: 12)
    }()

    /// The same values treated as non-seasonal (for the strict widening check).
    static var nonSeasonalSeries: TimeSeries { TimeSeries(values: seasonalSeries.values, seasonalPeriod: 1) }

    static func check(_ method: some ForecastingMethod, on series: TimeSeries) throws {
        let fitted = try method.fit(series)
        #expect(fitted.fittedValues.count == series.values.count)
        #expect(fitted.fittedValues.allSatisfy { $0.isFinite })
        let forecast = fitted.forecast(horizon: horizon, levels: levels)
        #expect(forecast.mean.count == horizon)
        #expect(forecast.intervals.map(\.level) == levels)
        let (inner, outer) = (forecast.intervals[0], forecast.intervals[1])
        for h in 0..<horizon {
            #expect(inner.lower[h] <= forecast.mean[h] && forecast.mean[h] <= inner.upper[h], "80% interval brackets the mean at h=\(h + 1)")
            #expect(outer.lower[h] <= inner.lower[h] && inner.upper[h] <= outer.upper[h], "95% contains 80% at h=\(h + 1)")
        }
        // Widening: strictly comparable widths are those of the same season one cycle later
        // (seasonal models scale widths by season), or consecutive periods without season.
        let step = series.seasonalPeriod
        for h in 0..<(horizon - step) {
            let width = { (k: Int) in outer.upper[k] - outer.lower[k] }
            #expect(width(h + step) >= width(h) * (1 - 1e-12), "95% width grows from h=\(h + 1) to h=\(h + 1 + step)")
        }
        let sample = fitted.simulate(horizon: horizon, paths: paths, seed: 11)
        for h in 0..<horizon {
            let column = sample.map { $0[h] }
            let mean = column.reduce(0, +) / Double(paths)
            let sd = (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(paths - 1)).squareRoot()
            let tolerance = standardErrors * sd / Double(paths).squareRoot()
            #expect(abs(mean - forecast.mean[h]) <= tolerance, "path mean \(mean) vs forecast \(forecast.mean[h]) at h=\(h + 1)")
            // The paths and the printed intervals tell one story: each interval holds its
            // level's share of the paths, within the binomial standard error √(p(1 − p)/paths).
            for interval in forecast.intervals {
                let inside = Double(column.filter { interval.lower[h] <= $0 && $0 <= interval.upper[h] }.count) / Double(paths)
                let shareTolerance = standardErrors * (interval.level * (1 - interval.level) / Double(paths)).squareRoot()
                #expect(abs(inside - interval.level) <= shareTolerance, "\(inside) of paths inside the \(interval.level) interval at h=\(h + 1)")
            }
        }
        #expect(fitted.simulate(horizon: horizon, paths: 20, seed: 3) == fitted.simulate(horizon: horizon, paths: 20, seed: 3))
        #expect(fitted.simulate(horizon: horizon, paths: 20, seed: 3) != fitted.simulate(horizon: horizon, paths: 20, seed: 4))
    }
}
