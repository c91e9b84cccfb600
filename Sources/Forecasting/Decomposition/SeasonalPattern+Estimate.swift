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
    /// Tested components are detrended by the moving average at every length, as in the
    /// published methods; shrunk ones by a line below three cycles, where the moving average
    /// would leave their noise unmeasured.
    /// Longer cycles (weekly data) use Fourier terms chosen by AICc (`FourierSeasonality`),
    /// where the autocorrelation test has no power and AICc already weighs the pattern against
    /// its noise.
    ///
    /// `present` marks the positions measured when the others were filled (`GapFilling`):
    /// only they estimate the components (and the Fourier fit), so filled values do not pull
    /// the pattern toward whatever filled them; the moving-average trend and the test see every
    /// value.
    /// - Precondition: every value is finite; with `present`, every season has a present
    ///   position with a trend value (`ClassicalDecomposition`).
    static func estimate(_ values: [Double], period m: Int, rule: SeasonalIndexRule, present: [Bool]? = nil) -> SeasonalPattern? {
        guard m > 1 else { return nil }
        let form = SeasonalForm.fitting(values)
        if m > classicalMaximumPeriod { return FourierSeasonality.pattern(values, period: m, form: form, present: present) }
        if rule == .shrunk, m - 1 >= JamesStein.minimumDimension {
            // Two cycles leave a variance to shrink by (a line's detrending, below three).
            guard values.count >= 2 * m else { return nil }
            return ClassicalDecomposition(values, period: m, form: form, trend: .lineBelowThreeCycles, present: present).shrunk
        }
        guard SeasonalityTest.isSeasonal(values, period: m) else { return nil }
        return ClassicalDecomposition(values, period: m, form: form, present: present).pattern
    }
}
