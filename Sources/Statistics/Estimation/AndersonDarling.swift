import RealModule

/// The Anderson–Darling test of normality with the mean and variance estimated from the data
/// (Stephens' "case 3").
///
/// With sorted y₍₁₎ ≤ … ≤ y₍ₙ₎, sample mean ȳ and sd s (divisor n − 1), zᵢ = Φ((y₍ᵢ₎ − ȳ)/s):
///
///     A² = −n − (1/n) Σᵢ (2i − 1)[ln zᵢ + ln(1 − z₍ₙ₊₁₋ᵢ₎)]
///     A*² = A²(1 + 0.75/n + 2.25/n²)
///
/// Because the parameters are estimated, the usual A² tables do not apply; Stephens ("EDF
/// statistics for goodness of fit and some comparisons", JASA 69, 1974) gave the critical
/// values for this case, and D'Agostino & Stephens (*Goodness-of-Fit Techniques*, 1986,
/// Table 4.7 and §4.8) the modification above, whose critical value at 5% is 0.752, and the
/// p-value approximation used here (also used by R's `nortest::ad.test`). 1 − zᵢ is taken as
/// Φ(−·) to avoid cancellation in the upper tail.
///
/// Domain: n ≥ 8 (below that the approximation is not tabulated) and s > 0.
public struct AndersonDarling: Sendable, Equatable {
    /// Smallest sample the p-value approximation covers.
    public static let minimumCount = 8
    /// A*² critical value at the 5% level (D'Agostino & Stephens 1986, Table 4.7).
    public static let criticalValue5Percent = 0.752

    /// A², unmodified.
    public let statistic: Double
    /// A*² = A²(1 + 0.75/n + 2.25/n²).
    public let modifiedStatistic: Double
    /// The approximate p-value of A*² under normality.
    public let pValue: Double
    public let count: Int

    /// Tests whether `values` look normal.
    /// - Returns: nil when there are fewer than `minimumCount` values, a non-finite value, or
    ///   no spread (the test is not defined).
    /// - Complexity: O(n log n).
    public init?(normalityOf values: [Double]) {
        guard values.count >= Self.minimumCount, values.allSatisfy(\.isFinite) else { return nil }
        let sd = Descriptive.standardDeviation(values)
        guard sd > 0 else { return nil }
        let mean = Descriptive.mean(values)
        let sorted = values.sorted()
        let n = sorted.count
        var total = 0.0
        for i in 0..<n {
            let lowerZ = (sorted[i] - mean) / sd, upperZ = (sorted[n - 1 - i] - mean) / sd
            let logLower = Double.log(Normal.standardCDF(lowerZ))
            let logUpperComplement = Double.log(Normal.standardCDF(-upperZ))
            total += Double(2 * i + 1) * (logLower + logUpperComplement)
        }
        let size = Double(n)
        statistic = -size - total / size
        modifiedStatistic = statistic * (1 + 0.75 / size + 2.25 / (size * size))
        pValue = Self.pValue(modifiedStatistic: modifiedStatistic)
        count = n
    }

    /// Largest A*² for which the tail formula is used (its quadratic term would turn it back up
    /// near 150); beyond it the p-value is reported as the value at the cap, about 3.8e−24.
    static let pValueCap = 10.0

    /// The p-value of a modified statistic A*² (D'Agostino & Stephens 1986, Table 4.9, case 3),
    /// in (0, 1]; accurate to about ±0.01 near the usual levels.
    public static func pValue(modifiedStatistic a: Double) -> Double {
        switch a {
        case ..<0.2: return 1 - Double.exp(-13.436 + 101.14 * a - 223.73 * a * a)
        case ..<0.34: return 1 - Double.exp(-8.318 + 42.796 * a - 59.938 * a * a)
        case ..<0.6: return Double.exp(0.9177 - 4.279 * a - 1.38 * a * a)
        default:
            let capped = Swift.min(a, pValueCap)
            return Double.exp(1.2937 - 5.709 * capped + 0.0186 * capped * capped)
        }
    }
}
