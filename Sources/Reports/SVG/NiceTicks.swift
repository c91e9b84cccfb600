import Foundation

/// Axis ticks at "nice" numbers (1, 2 or 5 times a power of ten), by Heckbert's loose
/// labelling (P. S. Heckbert, "Nice numbers for graph labels", *Graphics Gems*, 1990).
///
/// With range = nice(max − min, round: false) and step = nice(range / (n − 1), round: true),
/// the ticks run from ⌊min/step⌋·step to ⌈max/step⌉·step, so they cover the data.
/// Edge cases: an empty or single-value domain is widened (to [v − 1, v + 1] for v = 0, else
/// by 10% of |v| each side); non-finite bounds give ticks over [0, 1].
struct NiceTicks: Equatable, Sendable {
    /// Tick values, ascending, at least two.
    let values: [Double]
    let step: Double

    var lower: Double { values[0] }
    var upper: Double { values[values.count - 1] }

    /// Default number of ticks asked for: readable on a 300–700 px axis.
    static let defaultCount = 5

    /// - Parameters:
    ///   - domain: the data's extent.
    ///   - count: about how many ticks (at least 2).
    init(covering domain: ClosedRange<Double>, count: Int = NiceTicks.defaultCount) {
        var low = domain.lowerBound
        var high = domain.upperBound
        if !low.isFinite || !high.isFinite {
            (low, high) = (0, 1)
        } else if high - low <= abs(high) * 1e-12 {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low - pad, high + pad)
        }
        let range = Self.nice(high - low, round: false)
        let step = Self.nice(range / Double(max(2, count) - 1), round: true)
        let first = (low / step).rounded(.down)
        let last = (high / step).rounded(.up)
        self.step = step
        // Multiplying integers by the step (not adding steps) keeps 0.1·3 from drifting.
        values = stride(from: first, through: last, by: 1).map { Self.clean($0 * step, step: step) }
    }

    /// Heckbert's nicenum: the nice number near `x` (rounded) or at least `x` (not rounded).
    /// - Precondition: `x > 0` and finite.
    static func nice(_ x: Double, round: Bool) -> Double {
        let exponent = log10(x).rounded(.down)
        let power = pow(10, exponent)
        let fraction = x / power
        let niceFraction: Double = if round {
            fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return niceFraction * power
    }

    /// Rounds away floating-point noise (22 · 0.2 = 4.4000000000000004) to one decimal
    /// more than the step has, so tick values equal their decimal spelling.
    private static func clean(_ value: Double, step: Double) -> Double {
        let decimals = max(0, -log10(step).rounded(.down)) + 1
        let factor = pow(10, decimals)
        let cleaned = (value * factor).rounded() / factor
        return cleaned == 0 ? 0 : cleaned
    }
}
