import Statistics

extension SeasonalPattern {
    /// The longest cycle handled the classical way; the same limit as ETS's seasonal states.
    static let classicalMaximumPeriod = 24

    /// The seasonal pattern of `values` with cycle m, or nil when there is none.
    ///
    /// Multiplicative for positive data, additive otherwise (`SeasonalForm.fitting`). Cycles
    /// up to `classicalMaximumPeriod` (quarterly, monthly data) take classical components
    /// (`ClassicalDecomposition`), tested or shrunk as the `SeasonalIndexRule` says (cycles of
    /// 2 and 3 have fewer free components than James–Stein needs and are always tested).
    /// Longer cycles (weekly data) use Fourier terms chosen by AICc (`FourierSeasonality`),
    /// where the autocorrelation test has no power and AICc already weighs the pattern against
    /// its noise.
    /// - Precondition: every value is finite.
    static func estimate(_ values: [Double], period m: Int, rule: SeasonalIndexRule) -> SeasonalPattern? {
        guard m > 1 else { return nil }
        let form = SeasonalForm.fitting(values)
        if m > classicalMaximumPeriod { return FourierSeasonality.pattern(values, period: m, form: form) }
        if rule == .shrunk, m - 1 >= JamesStein.minimumDimension {
            // The test's own minimum, more than two cycles, leaves a variance to shrink by.
            guard values.count > 2 * m else { return nil }
            return ClassicalDecomposition(values, period: m, form: form).shrunk
        }
        guard SeasonalityTest.isSeasonal(values, period: m) else { return nil }
        return ClassicalDecomposition(values, period: m, form: form).pattern
    }
}
