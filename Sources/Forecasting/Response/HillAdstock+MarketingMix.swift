import RealModule

/// Conversions from the response curves exported by marketing-mix tools.
///
/// Each tool saturates an adstocked (and usually rescaled) spend and multiplies by a channel
/// coefficient; the conversion undoes the rescaling so `halfSpend` is in the plan's currency of
/// effective spend sₜ = xₜ + θsₜ₋₁ and `maxLeads` in the plan's response units.
extension HillAdstock {
    /// From Robyn (Meta): geometric adstock `theta` (sₜ = xₜ + θsₜ₋₁, exactly ours) and Hill
    /// saturation x^α/(x^α + γ_t^α) whose inflexion γ_t = min(s) + γ·(max(s) − min(s)) is the
    /// fraction `gamma` of the range of the adstocked spend over the modelling window
    /// (Robyn's `saturation_hill`, which takes the quantile `gamma` of 100 evenly spaced points
    /// spanning that range — the same value). Exact given the range Robyn used:
    /// maxLeads = coefficient, halfSpend = γ_t, slope = α, carryover = θ.
    /// - Parameters:
    ///   - coefficient: the channel's fitted coefficient (`coef` in Robyn's output), in response units.
    ///   - adstockedSpendRange: min … max of the adstocked spend over Robyn's window.
    /// - Throws: `FitError` if the result is not a valid curve (e.g. γ = 0 with min(s) = 0).
    public static func robyn(alpha: Double, gamma: Double, theta: Double, coefficient: Double,
                             adstockedSpendRange: ClosedRange<Double>) throws(FitError) -> HillAdstock {
        guard gamma >= 0 && gamma <= 1 else { throw FitError(model: "robyn", reason: "gamma \(gamma) must be in [0, 1]") }
        let inflexion = adstockedSpendRange.lowerBound + gamma * (adstockedSpendRange.upperBound - adstockedSpendRange.lowerBound)
        return try HillAdstock(maxLeads: coefficient, halfSpend: inflexion, slope: alpha, carryover: theta)
    }

    /// From Meridian (Google): Hill x^slope/(x^slope + ec^slope) on media divided by
    /// `mediaScale` (the channel's median of non-zero media, times population for
    /// population-scaled media), after normalised geometric adstock
    /// Σ_{j=0}^{L} αʲx_{t−j} / Σ_{j=0}^{L} αʲ with L = `maxLag`.
    ///
    /// Our sₜ is the unnormalised sum, W = Σ_{j=0}^{L} αʲ times theirs, so halfSpend =
    /// ec·mediaScale·W, slope = slope, carryover = α — exact except that Meridian drops the
    /// carry-over beyond L lags (a share α^{L+1} of the infinite geometric weight) and we keep
    /// it. maxLeads = β·`responseScale`, where responseScale turns
    /// Meridian's scaled KPI back into leads (its KPI standard deviation times population);
    /// approximate because Meridian's β is a posterior, which this conversion replaces by one value.
    public static func meridian(ec: Double, slope: Double, alpha: Double, maxLag: Int, beta: Double,
                                mediaScale: Double, responseScale: Double) throws(FitError) -> HillAdstock {
        guard maxLag >= 0 else { throw FitError(model: "meridian", reason: "max lag \(maxLag) must be non-negative") }
        return try HillAdstock(maxLeads: beta * responseScale,
                               halfSpend: ec * mediaScale * geometricWeightSum(alpha, terms: maxLag + 1),
                               slope: slope, carryover: alpha)
    }

    /// ln 3 / λ is where PyMC-Marketing's logistic saturation reaches half its ceiling.
    static let logisticHalfPoint = Double.log(3.0)
    /// The Hill slope with the logistic's elasticity d ln f/d ln x at its half point: 1.5·ln 3.
    public static let logisticMatchedSlope = 1.5 * Double.log(3.0)

    /// From PyMC-Marketing: geometric adstock with `alpha` normalised over `lMax` lags,
    /// Σ_{j<lMax} αʲx_{t−j} / Σ_{j<lMax} αʲ, on spend divided by `channelScale` (its max-abs
    /// scaler), then logistic saturation (1 − e^{−λs})/(1 + e^{−λs}) = tanh(λs/2), times β and
    /// `targetScale` (the target's scaler).
    ///
    /// The logistic is not a Hill curve. Exact: maxLeads = β·targetScale (the common ceiling),
    /// halfSpend = (ln 3/λ)·channelScale·W with W = Σ_{j<lMax} αʲ (the common half point, up to
    /// the cut after lMax lags), carryover = α. Approximate: slope = 1.5·ln 3 ≈ 1.648 matches the
    /// logistic's elasticity at the half point; the two curves then differ by at most 0.071 of
    /// the ceiling (near 3.4 half spends), and the Hill curve is slightly S-shaped at low spend
    /// where the logistic is straight.
    public static func pymcMarketing(lambda: Double, alpha: Double, lMax: Int, beta: Double,
                                     channelScale: Double, targetScale: Double) throws(FitError) -> HillAdstock {
        guard lambda.isFinite && lambda > 0 else { throw FitError(model: "pymc-marketing", reason: "lambda \(lambda) must be positive") }
        guard lMax >= 1 else { throw FitError(model: "pymc-marketing", reason: "l_max \(lMax) must be at least 1") }
        return try HillAdstock(maxLeads: beta * targetScale,
                               halfSpend: logisticHalfPoint / lambda * channelScale * geometricWeightSum(alpha, terms: lMax),
                               slope: logisticMatchedSlope, carryover: alpha)
    }

    /// Σ_{j<terms} αʲ.
    static func geometricWeightSum(_ alpha: Double, terms: Int) -> Double {
        (0..<terms).reduce(0.0) { total, j in total + Double.pow(alpha, Double(j)) }
    }
}
