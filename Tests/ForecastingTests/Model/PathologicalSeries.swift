@testable import Forecasting
import Foundation
import Statistics
import Testing

/// Named odd inputs every model must survive: either a `FitError` or finite, ordered output
/// (`RobustnessContract`).
///
/// Each shape is built for a seasonal period m at a length that gives every model enough
/// history to fit (`length(period:)`), so the shape, not the length, is what is tested; the
/// `shortLengths` table tests the lengths on either side of each model's minimum.
struct PathologicalSeries: Sendable, CustomTestStringConvertible {
    let name: String
    let series: TimeSeries

    var testDescription: String { "\(name) (n = \(series.values.count), m = \(series.seasonalPeriod))" }

    /// The seasonal periods tested: none, quarterly, monthly and weekly.
    static let periods = [1, 4, 12, 52]

    /// Two full cycles and one point more (24 without season): enough for every model's
    /// seasonal form, short enough to keep the suite fast.
    static func length(period m: Int) -> Int { max(24, 2 * m + 1) }

    /// A shape: the value at time t for period m and length n.
    private struct Shape: Sendable {
        let name: String
        let value: @Sendable (_ t: Int, _ m: Int, _ n: Int, _ noise: Double) -> Double
    }

    /// A seasonal sine of amplitude 1 over period m (0 without season).
    private static func season(_ t: Int, _ m: Int) -> Double {
        m == 1 ? 0 : sin(2 * Double.pi * Double(t) / Double(m))
    }

    private static let shapes: [Shape] = [
        Shape(name: "constant") { _, _, _, _ in 100 },
        Shape(name: "all zeros") { _, _, _, _ in 0 },
        Shape(name: "constant with a huge spike") { t, _, n, _ in t == n / 2 ? 1e9 : 100 },
        Shape(name: "constant with a huge last value") { t, _, n, _ in t == n - 1 ? 1e9 : 100 },
        Shape(name: "around 1e12") { t, m, _, noise in 1e12 * (1 + 0.1 * season(t, m) + 0.02 * noise) },
        // The largest magnitude a history file may hold (`SeriesAssembler.magnitudes`).
        Shape(name: "around 1e100") { t, m, _, noise in 1e100 * (1 + 0.1 * season(t, m) + 0.02 * noise) },
        Shape(name: "around 1e-9") { t, m, _, noise in 1e-9 * (1 + 0.1 * season(t, m) + 0.02 * noise) },
        Shape(name: "negative") { t, m, _, noise in -100 + 10 * season(t, m) + 3 * noise },
        Shape(name: "mixed sign") { t, m, _, noise in 10 * season(t, m) + 5 * noise },
        Shape(name: "level shift") { t, _, n, noise in (t < n / 2 ? 100 : 1_000) + noise },
        Shape(name: "doubling") { t, _, _, _ in pow(2, Double(t)) },
        Shape(name: "alternating") { t, _, _, _ in t % 2 == 0 ? 100 : 200 },
        Shape(name: "alternating sign") { t, _, _, _ in t % 2 == 0 ? -1 : 1 },
        Shape(name: "intermittent") { t, _, _, _ in t % 7 == 3 ? 1 : 0 },
        Shape(name: "exact linear trend") { t, _, _, _ in 10 + 2 * Double(t) },
        Shape(name: "exact seasonal pattern") { t, m, _, _ in 100 + 20 * season(t, m) },
    ]

    /// Standard normal noise from a fixed stream, one draw per period.
    private static func noise(count: Int, label: String) -> [Double] {
        var rng = RandomStream(seed: 2_026, component: StreamKey("pathological-series").child(label))
        return (0..<count).map { _ in Normal.standardSample(using: &rng) }
    }

    private static func make(_ shape: Shape, period m: Int, length n: Int) -> PathologicalSeries {
        let noise = noise(count: n, label: shape.name)
        let values = (0..<n).map { shape.value($0, m, n, noise[$0]) }
        return PathologicalSeries(name: shape.name, series: TimeSeries(values: values, seasonalPeriod: m))
    }

    /// Every shape at every period, at `length(period:)`.
    static let shaped: [PathologicalSeries] = periods.flatMap { m in shapes.map { make($0, period: m, length: length(period: m)) } }

    /// Lengths around the models' minimums (1–9 points: naive 2, Theta and drift 3, DOTM 5,
    /// ARIMA and damped 8) and around the season's (m, m + 1, 2m, 2m + 1: seasonal naive,
    /// seasonal ETS, classical decomposition; for classical cycles also 3m − 1 and 3m, where
    /// shrunk indices switch from a line's detrending to the moving average's).
    static func shortLengths(period m: Int) -> [Int] {
        let classical = m > 1 && m <= SeasonalPattern.classicalMaximumPeriod ? [3 * m - 1, 3 * m] : []
        return Array(Set(Array(1...9) + [m, m + 1, 2 * m, 2 * m + 1] + classical)).sorted()
    }

    /// A noisy positive seasonal series and an exact line, at every short length.
    static let short: [PathologicalSeries] = periods.flatMap { m in
        shortLengths(period: m).flatMap { n in
            [
                make(Shape(name: "short noisy") { t, m, _, noise in 100 + 10 * season(t, m) + 3 * noise }, period: m, length: n),
                make(Shape(name: "short line") { t, _, _, _ in 10 + 2 * Double(t) }, period: m, length: n),
            ]
        }
    }

    static let all = shaped + short

    /// A random series from a fixed seed: a random period and length (1 to 2m + 12), and a
    /// random mix of the shapes above — level and scale (10^−9 to 10^12, either sign), trend,
    /// season, noise, spikes, a level shift, runs of zeros and rounding to whole numbers —
    /// so combinations the named table does not list are tried too.
    static func random(seed: UInt64) -> PathologicalSeries {
        var rng = RandomStream(seed: seed, component: StreamKey("random-series"))
        func chance(_ p: Double) -> Bool { rng.nextUnit() < p }
        func uniform(_ range: ClosedRange<Double>) -> Double { range.lowerBound + (range.upperBound - range.lowerBound) * rng.nextUnit() }
        let m = periods[rng.nextIndex(below: periods.count)]
        let n = 1 + rng.nextIndex(below: 2 * m + 12)
        let scale = pow(10, uniform(-9...12))
        let level = chance(0.2) ? 0 : (chance(0.25) ? -1 : 1) * scale * uniform(0.5...2)
        let trend = chance(0.5) ? scale * uniform(-0.2...0.2) : 0
        let amplitude = chance(0.5) ? scale * uniform(0...0.5) : 0
        let noise = chance(0.8) ? scale * uniform(0...0.3) : 0
        let spikeChance = chance(0.3) ? 0.05 : 0
        let shiftAt = chance(0.2) ? rng.nextIndex(below: n) : n
        let zeroChance = chance(0.2) ? uniform(0.3...0.9) : 0
        let whole = chance(0.3)
        var values = [Double]()
        for t in 0..<n {
            var y = level + trend * Double(t) + amplitude * season(t, m) + noise * Normal.standardSample(using: &rng)
            if chance(spikeChance) { y += scale * 1e3 }
            if t >= shiftAt { y += scale * 5 }
            if chance(zeroChance) { y = 0 }
            values.append(whole ? y.rounded() : y)
        }
        return PathologicalSeries(name: "random #\(seed)", series: TimeSeries(values: values, seasonalPeriod: m))
    }
}
