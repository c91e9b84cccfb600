import Statistics

/// Classical multiplicative seasonal indices (R's `decompose(type = "multiplicative")`).
///
/// Trend: the centred moving average of order m (`CentredMovingAverage`). Each
/// season's index is the mean of `y_t / trend_t` over the cycles where the trend exists,
/// normalised so the m indices average 1 (Hyndman & Athanasopoulos, *FPP3* §3.4).
/// Needs at least two full cycles and positive values; callers check both.
struct ClassicalDecomposition {
    /// Index per season, position 0 being the season of the series' first value.
    let indices: [Double]
    /// The sampling variance of each index: the pooled variance of the normalised ratios
    /// about their season's index, divided by a season's number of ratios (averaged over
    /// seasons as 1/count); nil when no season has two ratios (exactly two cycles).
    let indexVariance: Double?
    /// Degrees of freedom of `indexVariance`: ratios minus seasons.
    let degreesOfFreedom: Int

    init(_ values: [Double], period m: Int) {
        precondition(m > 1 && values.count >= 2 * m, "needs two full cycles")
        let average = CentredMovingAverage(values, period: m)
        var ratios = [[Double]](repeating: [], count: m)
        for t in average.positions {
            ratios[t % m].append(values[t] / average[t])
        }
        let raw = ratios.map { $0.reduce(0, +) / Double($0.count) }
        let mean = raw.reduce(0, +) / Double(m)
        indices = raw.map { $0 / mean }
        let count = ratios.reduce(0) { $0 + $1.count }
        degreesOfFreedom = count - m
        guard degreesOfFreedom > 0 else {
            indexVariance = nil
            return
        }
        var squares = 0.0
        for (season, seasonRatios) in ratios.enumerated() {
            for ratio in seasonRatios {
                let deviation = ratio / mean - indices[season]
                squares += deviation * deviation
            }
        }
        let meanInverseCount = ratios.reduce(0) { $0 + 1 / Double($1.count) } / Double(m)
        indexVariance = squares / Double(degreesOfFreedom) * meanInverseCount
    }

    /// The indices shrunk toward 1 by the positive-part James–Stein factor (`JamesStein`;
    /// Miller & Williams 2003), nil when they shrink to 1 entirely or there is no variance
    /// to judge them by. The normalisation leaves m − 1 free indices, so the dimension is
    /// m − 1.
    var shrunkIndices: [Double]? {
        guard let indexVariance else { return nil }
        let deviations = indices.map { $0 - 1 }
        let keep = JamesStein.keep(deviations: deviations, dimension: indices.count - 1, variance: indexVariance, degreesOfFreedom: degreesOfFreedom)
        guard keep > 0 else { return nil }
        return deviations.map { 1 + keep * $0 }
    }

    /// The index of position `t` (0-based from the series' first value; may be past the end).
    func index(at t: Int) -> Double { indices[t % indices.count] }
}
