import Foundation
import LinearAlgebra

/// Seasonal patterns for long cycles, such as the 52 weeks of weekly data, from Fourier terms
/// chosen by AICc.
///
/// The M3/M4 seasonality test (`SeasonalityTest`) cannot fire for long cycles: its Bartlett
/// standard error sums the squared autocorrelations of every lag below m, which a trend keeps
/// near 1, so at m = 52 even a pronounced yearly pattern stays "not significant"; and
/// classical indices would estimate 52 numbers from two or three values each. Instead
/// (Hyndman & Athanasopoulos, *FPP3* §12.1, weekly data: harmonic regression with the number
/// of Fourier pairs chosen by AICc), fit by least squares
/// `g(y_t) = a + b·t + Σ_{k=1}^{K} (c_k sin(2πkt/m) + d_k cos(2πkt/m)) + ε_t`
/// for K = 0 … `maximumPairs` and keep the K with the lowest AICc; K = 0 (trend only) means no
/// seasonal pattern. For the multiplicative form g is log and the indices are exp of the
/// Fourier part at each position of the cycle (over a whole cycle every harmonic sums to
/// zero, so their geometric mean is 1); for the additive form g is the identity and the
/// offsets are the Fourier part itself (averaging 0).
enum FourierSeasonality {
    /// The most Fourier pairs tried (FPP3's weekly examples settle on at most a dozen).
    static let maximumPairs = 10

    /// The pattern for positions 0 ..< m of the cycle, position 0 being the season of the
    /// first value; nil when no K ≥ 1 beats the trend alone, or with fewer than two cycles.
    /// - Parameter present: the positions to fit (those measured, when others were filled);
    ///   nil for all.
    /// - Precondition: every value is finite, and positive for the multiplicative form.
    static func pattern(_ values: [Double], period m: Int, form: SeasonalForm, present: [Bool]? = nil) -> SeasonalPattern? {
        let positions = values.indices.filter { present?[$0] ?? true }
        let n = positions.count
        guard m > 2, n >= 2 * m else { return nil }
        let response = positions.map { form == .multiplicative ? Foundation.log(values[$0]) : values[$0] }
        var best: (criterion: Double, pairs: Int, design: RegressionDesign, coefficients: [Double])?
        for pairs in 0...min(maximumPairs, (m - 1) / 2) {
            // Columns 1, t, then sin and cos of each harmonic, as the seasonal-trend regression has them.
            let design = RegressionDesign(seasonalPeriod: m, seasonality: .fourier(pairs: pairs), changepoints: [], seasonOffset: 0, damping: 1)
            guard n - design.columnCount - 2 > 0,
                  let solution = try? LeastSquares().solve(design: Matrix(rows: positions.map { design.row(t: $0) }), response: response)
            else { break }
            let criterion = aicc(residualSumOfSquares: solution.residualSumOfSquares, observations: n, coefficients: design.columnCount)
            if best == nil || criterion < best!.criterion { best = (criterion, pairs, design, solution.coefficients) }
        }
        guard let best, best.pairs > 0 else { return nil }
        // The Fourier part of each position's row: every column after the intercept and trend.
        let components = (0..<m).map { position in
            let seasonal = zip(best.design.row(t: position).dropFirst(2), best.coefficients.dropFirst(2)).reduce(0) { $0 + $1.0 * $1.1 }
            return form == .multiplicative ? Foundation.exp(seasonal) : seasonal
        }
        return SeasonalPattern(form: form, components: components)
    }

    /// AICc of a Gaussian linear model with σ² estimated (one more parameter than the
    /// coefficients), up to a constant shared by every K (Hurvich & Tsai 1989).
    static func aicc(residualSumOfSquares rss: Double, observations n: Int, coefficients: Int) -> Double {
        let count = Double(n), k = Double(coefficients + 1)
        return count * Foundation.log(max(rss, .leastNormalMagnitude) / count) + 2 * k + 2 * k * (k + 1) / (count - k - 1)
    }
}
