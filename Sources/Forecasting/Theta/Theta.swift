import Foundation

/// The Theta method (Assimakopoulos & Nikolopoulos 2000), as implemented for M3/M4 and in
/// `forecast::thetaf` (Hyndman & Billah 2003 showed it is SES with drift).
///
/// 1. When `SeasonalityTest` finds seasonality at lag m, divide by classical multiplicative
///    seasonal indices (`ClassicalDecomposition`; with `SeasonalIndexRule.shrunk`, by those
///    indices shrunk toward 1 and without the test); for cycles longer than 24 (weekly data),
///    where that test has no power, by Fourier indices chosen by AICc
///    (`SeasonalPattern.estimate`). Series with a zero or negative value, which ratios cannot
///    describe, have additive offsets subtracted instead (classical additive decomposition).
///    Published Theta implementations leave such series unadjusted.
/// 2. Fit SES to the adjusted series (α, ℓ₀ by least squares).
/// 3. Forecast `ℓ_n + (b/2)·(h − 1 + (1 − (1−α)^n)/α)`, where b is the least-squares slope of
///    the adjusted series on time: the θ = 2 line extrapolated by SES plus half the θ = 0
///    linear trend.
/// 4. Intervals are SES's: `σ √(1 + (h−1)α²)` with σ² = SSE/(n − 2), and everything —
///    mean and half-width — is multiplied back by the seasonal index (an additive offset
///    moves the mean only). (`thetaf` adds the
///    unscaled half-width to the reseasonalised mean; scaling it is what multiplicative
///    seasonality implies, and the intervals of `auto` are calibrated either way.)
///
/// Needs at least 3 observations, all finite.
public struct Theta: ForecastingMethod {
    /// How the seasonal indices are chosen: `.tested`, as the published implementations do,
    /// unless a caller asks for shrunk ones (as `AutoForecast` does).
    public var seasonalIndices: SeasonalIndexRule

    public init(seasonalIndices: SeasonalIndexRule = .tested) {
        self.seasonalIndices = seasonalIndices
    }

    public var name: String { "theta" }

    /// Fewest observations: SES needs 2, and the residual variance n − 2 degrees of freedom.
    static let minimumLength = 3

    public func fit(_ series: TimeSeries) throws(FitError) -> FittedTheta {
        let y = try series.checkedValues(minimumLength: Self.minimumLength, model: name)
        let adjustment = SeasonalAdjustment(y, period: series.seasonalPeriod, rule: seasonalIndices)
        let adjusted = adjustment.adjusted
        let ses = SimpleExponentialSmoothing(adjusted)
        let n = Double(y.count)
        let slope = Self.leastSquaresSlope(adjusted)
        let sigma = (ses.sumOfSquares / (n - 2)).squareRoot()
        return FittedTheta(
            summary: adjustment.isSeasonal ? "Theta (seasonally adjusted, α = \(formatParameter(ses.alpha)))" : "Theta (α = \(formatParameter(ses.alpha)))",
            fittedValues: adjustment.restoreFitted(ses.fittedValues),
            level: ses.finalLevel,
            alpha: ses.alpha,
            halfSlope: slope / 2,
            driftOffset: (1 - pow(1 - ses.alpha, n)) / ses.alpha,
            sigma: sigma,
            season: adjustment.future)
    }

    /// OLS slope of the values on t = 0, 1, …, n−1.
    static func leastSquaresSlope(_ values: [Double]) -> Double {
        let n = Double(values.count)
        let meanT = (n - 1) / 2
        let meanY = values.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for (t, y) in values.enumerated() {
            sxy += (Double(t) - meanT) * (y - meanY)
            sxx += (Double(t) - meanT) * (Double(t) - meanT)
        }
        return sxy / sxx
    }
}
