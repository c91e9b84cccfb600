import Foundation
import Statistics

/// A history value far from where the series' trend and season put it: a one-off deal, a
/// data-entry slip, a shutdown month. `plancast fit` reports them so a planner can check them;
/// it forecasts from the history as given.
public struct UnusualValue: Sendable, Equatable {
    /// Position in the series.
    public var index: Int
    public var value: Double
    /// The trend and season at that position.
    public var expected: Double
}

/// Finds unusual values by the rule of `tsoutliers` in R's forecast package (Hyndman et al.):
/// take the trend and season out, and call a remainder unusual when it lies more than three
/// interquartile ranges below the lower quartile or above the upper quartile of all
/// remainders. Under normal noise that is 4.7 standard deviations from the median, which a
/// single value crosses by chance with probability 2.4 · 10⁻⁶.
///
/// `tsoutliers` takes the trend and season out by robust STL (or, without a season, Friedman's
/// super smoother), so that the values being looked for do not bend the estimates they are
/// judged against. Here the decomposition is robust by medians (Tukey 1977, *Exploratory Data
/// Analysis*, ch. 7), in logs for positive data so a spike reads as a ratio:
/// 1. a first trend, the running median of `window(period:)` values, which spans a cycle;
/// 2. each season's component, the median over the other cycles of the values less that
///    trend, less the average of the seasons' medians;
/// 3. the trend again, the running median of the values less their season.
/// A median ignores the few values being looked for, so a spike does not smear into its
/// neighbours as it would into a mean. Each value is judged against medians of the other
/// values, of its window and of its season: with the value itself among them, a value in the
/// middle of its window or season would be its own estimate, typical remainders would shrink,
/// and the quartiles, shrunk with them, would put the threshold inside ordinary noise (on the
/// clean simulated series of the tests, 125 values flagged in 500 series with both medians
/// including the value, 26 with the trend's alone leaving it out, 3 with both). A lasting
/// level shift is a new level, not a run of unusual values, but the value either side of the
/// break, judged against neighbours half on each level, may stand out. Half a window at each
/// end has no centred median; there the trend continues the straight line through the first
/// (last) centred median and the one a window further in, so the latest values, which
/// matter most to a forecast, are checked too.
///
/// When the middle half of the remainders has no spread (an exact pattern, or data that are
/// mostly zero), the rule cannot tell usual from unusual, and nothing is reported.
public enum UnusualValues {
    /// How many interquartile ranges beyond the quartiles a remainder must lie (`tsoutliers`'s 3).
    static let interquartileRanges = 3.0
    /// Cycles a seasonal series needs before it is judged: with three, a value's season is the
    /// median of the other two cycles, their mean, and a spike in one of them moves it.
    static let minimumCycles = 4

    /// The running median's window: the seasonal period made odd, and at least 5.
    static func window(period m: Int) -> Int { max(5, m % 2 == 0 ? m + 1 : m) }

    /// The unusual values of a series, in order; none when it has fewer than two windows of
    /// values, or seasonal data fewer than `minimumCycles` cycles (too few to tell the usual
    /// from the unusual).
    /// - Precondition: every value is finite.
    public static func find(in values: [Double], seasonalPeriod m: Int) -> [UnusualValue] {
        let n = values.count, width = window(period: m)
        guard n >= 2 * width, m == 1 || n >= minimumCycles * m else { return [] }
        let logarithmic = SeasonalForm.fitting(values) == .multiplicative
        let scaled = logarithmic ? values.map { log($0) } : values
        let season = seasonalComponents(scaled, period: m, width: width)
        let adjusted = zip(scaled, season).map { $0 - $1 }
        let trend = runningMedian(adjusted, width: width)
        let remainders = zip(adjusted, trend).map { $0 - $1 }
        let sorted = remainders.sorted()
        let lower = Quantiles.type7(sorted: sorted, 0.25), upper = Quantiles.type7(sorted: sorted, 0.75)
        // Rounding's share of the values: remainders of an exact pattern, or of mostly zero
        // (intermittent) data, have no spread to judge by.
        let rounding = 1e-9 * (logarithmic ? 1 : values.reduce(0) { max($0, abs($1)) })
        guard upper - lower > rounding else { return [] }
        let reach = interquartileRanges * (upper - lower)
        return values.indices.compactMap { t in
            guard remainders[t] < lower - reach || remainders[t] > upper + reach else { return nil }
            let expected = trend[t] + season[t]
            return UnusualValue(index: t, value: values[t], expected: logarithmic ? exp(expected) : expected)
        }
    }

    /// Each value's seasonal component: the median deviation from the first running-median
    /// trend of the other values of its season, less the average of the seasons' medians;
    /// zeros without a season.
    static func seasonalComponents(_ values: [Double], period m: Int, width: Int) -> [Double] {
        guard m > 1 else { return [Double](repeating: 0, count: values.count) }
        let trend = runningMedian(values, width: width)
        var deviations = [[Double]](repeating: [], count: m)
        for t in values.indices { deviations[t % m].append(values[t] - trend[t]) }
        let centre = deviations.map { Quantiles.type7(sorted: $0.sorted(), 0.5) }.reduce(0, +) / Double(m)
        return values.indices.map { t in
            var others = deviations[t % m]
            others.remove(at: t / m)
            return Quantiles.type7(sorted: others.sorted(), 0.5) - centre
        }
    }

    /// The centred running median of odd `width`, each position's taken over the other values
    /// of its window, continued at each end along the straight line through the first (last)
    /// centred median and the one a window further in.
    /// - Precondition: `width` is odd and `values.count ≥ 2 · width`.
    static func runningMedian(_ values: [Double], width: Int) -> [Double] {
        let half = width / 2, n = values.count
        var trend = [Double](repeating: 0, count: n)
        for t in half..<(n - half) {
            let neighbours = values[(t - half)..<t] + values[(t + 1)...(t + half)]
            trend[t] = Quantiles.type7(sorted: neighbours.sorted(), 0.5)
        }
        let startSlope = (trend[half + width] - trend[half]) / Double(width)
        let endSlope = (trend[n - 1 - half] - trend[n - 1 - half - width]) / Double(width)
        for t in 0..<half {
            trend[t] = trend[half] - Double(half - t) * startSlope
            trend[n - 1 - t] = trend[n - 1 - half] + Double(half - t) * endSlope
        }
        return trend
    }
}
