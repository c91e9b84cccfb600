import Foundation

/// The trend of a classical decomposition of a short history: the least-squares line fitted
/// with one intercept per season (trend plus seasonal dummies; Hyndman & Athanasopoulos,
/// *FPP3* §7.4), `z_t = a_s + b·t`, where z is the value (additive form) or its logarithm
/// (multiplicative form, so the trend stays positive).
///
/// Why: with fewer than three cycles the centred moving average leaves some season a single
/// detrended value (`ClassicalDecomposition.movingAverageMinimumCycles`); the line keeps every
/// position, at the cost of assuming the trend straight over the history. R's `ets`
/// initialises its seasonal states the same way below three cycles (a line fitted beside one
/// Fourier pair); season intercepts instead of the Fourier pair make the slope the
/// within-season one, `b = Σ (t − t̄_s)(z_t − z̄_s) / Σ (t − t̄_s)²`, which no seasonal shape
/// biases, even when the history ends mid-cycle. The trend's level is the mean of the
/// intercepts: that of an average season. A history with no season seen twice has no
/// within-season change, and the slope is then 0.
struct SeasonalTrendLine {
    private let form: SeasonalForm
    private let intercept: Double
    private let slope: Double

    /// - Parameter present: the positions to fit (nil for all).
    /// - Precondition: m > 1, at least one position to fit; positive values for the
    ///   multiplicative form.
    init(_ values: [Double], period m: Int, form: SeasonalForm, present: [Bool]? = nil) {
        self.form = form
        let used = values.indices.filter { present?[$0] ?? true }
        precondition(m > 1 && !used.isEmpty, "a trend line needs a period and a position to fit")
        let z = values.map { form == .multiplicative ? log($0) : $0 }
        var sums = [(count: Double, time: Double, value: Double)](repeating: (0, 0, 0), count: m)
        for t in used {
            sums[t % m].count += 1
            sums[t % m].time += Double(t)
            sums[t % m].value += z[t]
        }
        var cross = 0.0, squares = 0.0
        for t in used {
            let season = sums[t % m]
            let time = Double(t) - season.time / season.count
            cross += time * (z[t] - season.value / season.count)
            squares += time * time
        }
        let slope = squares > 0 ? cross / squares : 0
        let intercepts = sums.filter { $0.count > 0 }.map { ($0.value - slope * $0.time) / $0.count }
        self.slope = slope
        intercept = intercepts.reduce(0, +) / Double(intercepts.count)
    }

    /// The trend at position t.
    subscript(t: Int) -> Double {
        let z = intercept + slope * Double(t)
        return form == .multiplicative ? exp(z) : z
    }
}
