/// The seasonality test of the M3/M4 Theta implementations (Assimakopoulos & Nikolopoulos
/// 2000; Hyndman's `forecast::thetaf`; Makridakis et al. 2020 M4 benchmarks).
///
/// The series is called seasonal when the autocorrelation at the seasonal lag m is
/// significant at 90% (one-sided 95% quantile 1.645) under Bartlett's standard error:
/// `|r_m| > z · √((1 + 2 Σ_{k<m} r_k²) / n)`.
/// Needs m > 1 and more than two full cycles (n > 2m); otherwise, or for a constant series,
/// the answer is "not seasonal".
enum SeasonalityTest {
    /// One-sided 95% standard normal quantile, Φ⁻¹(0.95).
    static let criticalValue = 1.644_853_626_951_472_2

    static func isSeasonal(_ values: [Double], period m: Int) -> Bool {
        let n = values.count
        guard canTest(count: n, period: m) else { return false }
        let r = autocorrelations(values, maxLag: m)
        guard let rm = r.last, rm.isFinite else { return false }
        let sumSquares = r.dropLast().reduce(0) { $0 + $1 * $1 }
        let standardError = ((1 + 2 * sumSquares) / Double(n)).squareRoot()
        return abs(rm) / standardError > criticalValue
    }

    /// Whether the test can judge n values with cycle m: more than two full cycles.
    static func canTest(count n: Int, period m: Int) -> Bool {
        m > 1 && n > 2 * m
    }

    /// Sample autocorrelations r_1 … r_maxLag (denominator n, as R's `acf`); empty when the
    /// series is constant.
    static func autocorrelations(_ values: [Double], maxLag: Int) -> [Double] {
        let n = values.count
        let mean = values.reduce(0, +) / Double(n)
        let centered = values.map { $0 - mean }
        let variance = centered.reduce(0) { $0 + $1 * $1 }
        guard variance > 0 else { return [] }
        return (1...maxLag).map { lag in
            (lag..<n).reduce(0) { $0 + centered[$1] * centered[$1 - lag] } / variance
        }
    }
}
