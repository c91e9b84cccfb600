import Statistics

/// The strength of seasonality `F_S = max(0, 1 − Var(R)/Var(S + R))` (Wang, Smith & Hyndman
/// 2006; Hyndman & Athanasopoulos *FPP3* §4.3), the rule `forecast::nsdiffs(test = "seas")`
/// uses to choose seasonal differencing: D = 1 when F_S > 0.64.
///
/// R decomposes with STL; this uses the classical additive decomposition instead (trend by
/// `CentredMovingAverage`; seasonal component the mean detrended value per season, centred
/// to sum to zero), which needs no tuning and is exact for a stable seasonal pattern. Needs at least two full cycles; otherwise, for m = 1 or a
/// series without variation around its trend, the strength is 0.
enum SeasonalStrength {
    /// `nsdiffs`'s threshold on F_S for one seasonal difference.
    static let threshold = 0.64

    static func strength(_ y: [Double], period m: Int) -> Double {
        let n = y.count
        guard m > 1, n >= 2 * m else { return 0 }
        let average = CentredMovingAverage(y, period: m)
        let detrended = average.positions.map { y[$0] - average[$0] }
        let seasons = average.positions.map { $0 % m }
        var sums = [Double](repeating: 0, count: m), counts = [Double](repeating: 0, count: m)
        for (value, season) in zip(detrended, seasons) {
            sums[season] += value
            counts[season] += 1
        }
        let raw = zip(sums, counts).map { $0 / $1 }
        let centre = raw.reduce(0, +) / Double(m)
        let remainder = zip(detrended, seasons).map { $0 - (raw[$1] - centre) }
        let total = Descriptive.variance(detrended)
        guard total > 0 else { return 0 }
        return max(0, 1 - Descriptive.variance(remainder) / total)
    }
}
