import Statistics

/// The multiplicative seasonal indices that seasonal adjustment and the seasonal profile use,
/// or nil when the series shows no seasonal pattern.
///
/// Cycles up to `classicalMaximumPeriod` (quarterly, monthly data) take classical indices
/// (`ClassicalDecomposition`), tested or shrunk as the `SeasonalIndexRule` says (cycles of
/// 2 and 3 have fewer free indices than James–Stein needs and are always tested). Longer
/// cycles (weekly data) use Fourier terms chosen by AICc (`FourierSeasonality`), where the
/// autocorrelation test has no power and AICc already weighs the pattern against its noise.
/// Only positive series have multiplicative indices.
enum SeasonalIndices {
    /// The longest cycle handled the classical way; the same limit as ETS's seasonal states.
    static let classicalMaximumPeriod = 24

    /// Indices for positions 0 ..< m of the cycle, position 0 being the season of the first value.
    static func estimate(_ values: [Double], period m: Int, rule: SeasonalIndexRule) -> [Double]? {
        guard m > 1, values.allSatisfy({ $0 > 0 }) else { return nil }
        if m > classicalMaximumPeriod { return FourierSeasonality.indices(values, period: m) }
        if rule == .shrunk, m - 1 >= JamesStein.minimumDimension {
            // The test's own minimum, more than two cycles, leaves a variance to shrink by.
            guard values.count > 2 * m else { return nil }
            return ClassicalDecomposition(values, period: m).shrunkIndices
        }
        guard SeasonalityTest.isSeasonal(values, period: m) else { return nil }
        return ClassicalDecomposition(values, period: m).indices
    }
}
