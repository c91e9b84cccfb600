import Foundation

/// The KPSS level-stationarity test (Kwiatkowski, Phillips, Schmidt & Shin 1992) and the
/// number of differences it asks for, as `forecast::ndiffs` (Hyndman & Khandakar 2008 §3.2).
///
/// Statistic: with e_t = x_t − x̄ and partial sums S_t = Σ_{s≤t} e_s,
/// `η = Σ S_t² / (n² s²)`, where s² is the Newey–West long-run variance with a Bartlett
/// kernel and `l = ⌊4 (n/100)^{1/4}⌋` lags (urca's `ur.kpss(type = "mu", lags = "short")`).
/// Stationarity is rejected at 5% when η > 0.463 (KPSS Table 1).
enum KPSSTest {
    /// KPSS Table 1, level stationarity, 5% upper tail.
    static let criticalValue = 0.463
    /// The most regular differences `differencesNeeded` applies (R's `max.d`).
    static let maximumDifferences = 2

    /// η for `x`; nil when x is constant or has fewer than 2 values.
    static func statistic(_ x: [Double]) -> Double? {
        let n = x.count
        guard n >= 2 else { return nil }
        let mean = x.reduce(0, +) / Double(n)
        let e = x.map { $0 - mean }
        var partial = 0.0, sumPartials = 0.0
        for value in e {
            partial += value
            sumPartials += partial * partial
        }
        let lags = min(Int(4 * pow(Double(n) / 100, 0.25)), n - 1)
        var longRun = e.reduce(0) { $0 + $1 * $1 }
        for k in stride(from: 1, through: lags, by: 1) {
            let autocovariance = (k..<n).reduce(0) { $0 + e[$1] * e[$1 - k] }
            longRun += 2 * (1 - Double(k) / Double(lags + 1)) * autocovariance
        }
        longRun /= Double(n)
        guard longRun > 0 else { return nil }
        return sumPartials / (Double(n * n) * longRun)
    }

    /// How many first differences make `x` stationary by KPSS: difference while the test
    /// rejects, at most `maximumDifferences` times, stopping when a difference is constant
    /// or fewer than `minimumLength` values would remain.
    static func differencesNeeded(_ x: [Double], minimumLength: Int) -> Int {
        var series = x
        var d = 0
        while d < maximumDifferences, series.count - 1 >= minimumLength,
              let eta = statistic(series), eta > criticalValue {
            series = zip(series.dropFirst(), series).map { $0 - $1 }
            d += 1
        }
        return d
    }
}
