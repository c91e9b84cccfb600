/// Damped-trend exponential smoothing (Gardner & McKenzie 1985) on the seasonally adjusted
/// series: ETS(A,Ad,N) of Hyndman et al. (2008) fitted by least squares, reseasonalised by
/// the pattern of `SeasonalAdjustment` (classical indices, as the M3 "DAMPEN" entry did, or
/// Fourier ones for weekly cycles; additive offsets for data with zeros).
///
/// Recursions (error-correction form, Hyndman et al. 2008 §2.5): forecast
/// `ŷ_t = ℓ_{t−1} + φ b_{t−1}`, `ℓ_t = ℓ_{t−1} + φ b_{t−1} + α e_t`, `b_t = φ b_{t−1} + β e_t`.
/// For fixed (α, β, φ) the one-step errors are affine in (ℓ₀, b₀), so the initial states are
/// solved in closed form by 2×2 least squares; (α, β, φ) are chosen on a grid
/// (`alphaGrid` × `betaShares` × `phiGrid`, β = share·α, so 0 ≤ β ≤ α keeps the model
/// forecastable) by the smallest sum of squared errors.
/// h-step variance (Hyndman et al. 2008 Table 6.1, class 1):
/// `σ² (1 + Σ_{j=1}^{h−1} (α + β φ_j)²)` with `φ_j = φ + … + φ^j`; σ² = SSE/(n − 5).
/// Needs at least 8 observations (5 estimated quantities and 3 degrees of freedom).
public struct DampedTrend: ForecastingMethod {
    /// How the seasonal indices are chosen: `.tested`, as the published implementations do,
    /// unless a caller asks for shrunk ones (as `AutoForecast` does).
    public var seasonalIndices: SeasonalIndexRule

    public init(seasonalIndices: SeasonalIndexRule = .tested) {
        self.seasonalIndices = seasonalIndices
    }

    public var name: String { "damped" }

    static let minimumLength = 8
    static let alphaGrid = stride(from: 0.05, through: 0.95, by: 0.1).map { $0 }
    static let betaShares = [0.0, 0.05, 0.15, 0.4]
    static let phiGrid = [0.8, 0.9, 0.95, 0.98]
    /// Estimated quantities: α, β, φ, ℓ₀, b₀.
    static let parameterCount = 5

    public func fit(_ series: TimeSeries) throws(FitError) -> FittedDampedTrend {
        let y = try series.checkedValues(minimumLength: Self.minimumLength, model: name)
        let adjustment = SeasonalAdjustment(y, period: series.seasonalPeriod, rule: seasonalIndices)
        var best: (sse: Double, alpha: Double, beta: Double, phi: Double, level0: Double, slope0: Double)?
        for alpha in Self.alphaGrid {
            for share in Self.betaShares {
                for phi in Self.phiGrid {
                    let fit = Self.profile(adjustment.adjusted, alpha: alpha, beta: share * alpha, phi: phi)
                    if best == nil || fit.sse < best!.sse {
                        best = (fit.sse, alpha, share * alpha, phi, fit.level0, fit.slope0)
                    }
                }
            }
        }
        let chosen = best!
        var level = chosen.level0, slope = chosen.slope0
        var fitted = [Double]()
        for value in adjustment.adjusted {
            let forecast = level + chosen.phi * slope
            fitted.append(forecast)
            let error = value - forecast
            level = forecast + chosen.alpha * error
            slope = chosen.phi * slope + chosen.beta * error
        }
        let sigma = (chosen.sse / Double(y.count - Self.parameterCount)).squareRoot()
        return FittedDampedTrend(
            summary: "damped trend (α = \(formatParameter(chosen.alpha)), β = \(formatParameter(chosen.beta)), φ = \(formatParameter(chosen.phi))\(adjustment.isSeasonal ? ", seasonally adjusted" : ""))",
            fittedValues: adjustment.restoreFitted(fitted), level: level, slope: slope,
            alpha: chosen.alpha, beta: chosen.beta, phi: chosen.phi, sigma: sigma,
            season: adjustment.future)
    }

    /// SSE at (α, β, φ) with the best initial states. The errors are `e = d − ℓ₀ u − b₀ v`,
    /// where d, u, v are the error sequences of the recursion started from (0, 0) with the
    /// data, and the sensitivities to ℓ₀ and b₀ (which follow the same recursion with zero data).
    static func profile(_ y: [Double], alpha: Double, beta: Double, phi: Double) -> (sse: Double, level0: Double, slope0: Double) {
        var dl = 0.0, db = 0.0  // states driven by data from (0, 0)
        var ul = 1.0, ub = 0.0  // d state / d ℓ₀
        var vl = 0.0, vb = 1.0  // d state / d b₀
        var suu = 0.0, svv = 0.0, suv = 0.0, sdu = 0.0, sdv = 0.0, sdd = 0.0
        for value in y {
            let d = value - (dl + phi * db)
            let u = ul + phi * ub
            let v = vl + phi * vb
            suu += u * u; svv += v * v; suv += u * v; sdu += d * u; sdv += d * v; sdd += d * d
            dl = dl + phi * db + alpha * d; db = phi * db + beta * d
            ul = ul + phi * ub - alpha * u; ub = phi * ub - beta * u
            vl = vl + phi * vb - alpha * v; vb = phi * vb - beta * v
        }
        let determinant = suu * svv - suv * suv
        guard determinant > 1e-12 * max(suu * svv, 1) else {
            let level0 = suu > 0 ? sdu / suu : 0
            return (max(sdd - level0 * sdu, 0), level0, 0)
        }
        let level0 = (sdu * svv - sdv * suv) / determinant
        let slope0 = (sdv * suu - sdu * suv) / determinant
        return (max(sdd - level0 * sdu - slope0 * sdv, 0), level0, slope0)
    }
}
