/// How a model that smooths a seasonally adjusted series (Theta, DOTM, the damped trend)
/// decides on its classical seasonal pattern (indices, or offsets for data with zeros) for
/// cycles up to `SeasonalPattern.classicalMaximumPeriod`. Longer cycles always use Fourier
/// terms.
public enum SeasonalIndexRule: String, CaseIterable, Codable, Sendable {
    /// The M3/M4 Theta implementations' rule: classical indices when the 90% autocorrelation
    /// test at lag m (`SeasonalityTest`) finds a pattern, none otherwise.
    case tested
    /// No test: classical indices shrunk toward 1 (offsets toward 0) by the positive-part
    /// James–Stein factor (`JamesStein`), as Miller & Williams ("Shrinkage estimators of time
    /// series seasonal factors and their effect on forecasting accuracy", International
    /// Journal of Forecasting 19(4), 2003) proposed for M3's monthly series. A weak or noisy
    /// pattern is damped in proportion to the evidence for it, instead of being kept whole or
    /// dropped by the test.
    case shrunk
}
