/// The multiplicative seasonal indices that seasonal adjustment and the seasonal profile use,
/// or nil when the series shows no seasonal pattern.
///
/// Cycles up to `classicalMaximumPeriod` (quarterly, monthly data) follow the M3/M4 Theta
/// implementations: the 90% autocorrelation test at lag m (`SeasonalityTest`), then classical
/// indices (`ClassicalDecomposition`). Longer cycles (weekly data) use Fourier terms chosen
/// by AICc (`FourierSeasonality`), where that test has no power. Only positive series have
/// multiplicative indices.
enum SeasonalIndices {
    /// The longest cycle handled the classical way; the same limit as ETS's seasonal states.
    static let classicalMaximumPeriod = 24

    /// Indices for positions 0 ..< m of the cycle, position 0 being the season of the first value.
    static func estimate(_ values: [Double], period m: Int) -> [Double]? {
        guard m > 1, values.allSatisfy({ $0 > 0 }) else { return nil }
        if m > classicalMaximumPeriod { return FourierSeasonality.indices(values, period: m) }
        guard SeasonalityTest.isSeasonal(values, period: m) else { return nil }
        return ClassicalDecomposition(values, period: m).indices
    }
}
