/// Classical multiplicative seasonal indices (R's `decompose(type = "multiplicative")`).
///
/// Trend: the centred moving average of order m (`CentredMovingAverage`). Each
/// season's index is the mean of `y_t / trend_t` over the cycles where the trend exists,
/// normalised so the m indices average 1 (Hyndman & Athanasopoulos, *FPP3* §3.4).
/// Needs at least two full cycles and positive values; callers check both.
struct ClassicalDecomposition {
    /// Index per season, position 0 being the season of the series' first value.
    let indices: [Double]

    init(_ values: [Double], period m: Int) {
        precondition(m > 1 && values.count >= 2 * m, "needs two full cycles")
        let average = CentredMovingAverage(values, period: m)
        var ratioSums = [Double](repeating: 0, count: m)
        var ratioCounts = [Int](repeating: 0, count: m)
        for t in average.positions {
            ratioSums[t % m] += values[t] / average[t]
            ratioCounts[t % m] += 1
        }
        let raw = zip(ratioSums, ratioCounts).map { $0 / Double($1) }
        let mean = raw.reduce(0, +) / Double(m)
        indices = raw.map { $0 / mean }
    }

    /// The index of position `t` (0-based from the series' first value; may be past the end).
    func index(at t: Int) -> Double { indices[t % indices.count] }
}
