import Foundation

/// The dynamic optimised Theta model, DOTM (Fiorucci, Pellegrini, Louzada, Petropoulos &
/// Koehler, "Models for optimising the theta method and their relationship to state space
/// models", International Journal of Forecasting 32(4), 2016): the Theta method with θ
/// estimated instead of fixed at 2, and the θ = 0 line (the least-squares trend) updated with
/// every observation instead of fitted once to the whole series, so the model is a proper
/// state-space model whose forecasts and intervals follow from one recursion
/// (`DynamicThetaState`).
///
/// 1. Seasonal adjustment as `Theta` (`SeasonalAdjustment`).
/// 2. y_t = μ_t + ε_t with μ_1 = y_1 and μ_{t+1} from `DynamicThetaState`; ℓ₀, α and θ
///    minimise the sum of squared one-step errors over t = 2 … n. For fixed α the errors are
///    affine in ℓ₀ and in w = 1 − 1/θ, so those two are solved in closed form (2×2 least
///    squares, w restricted to [0, `maximumWeight`], i.e. θ ≥ 1) and only α is searched, by
///    `GridGoldenSearch` over `alphaRange`.
/// 3. Forecasts run the recursion on its own forecasts. The h-step error is
///    Σ_{j ≤ h} ψ_{h,j} ε_{n+j}, ψ_{h,h} = 1, with ψ the recursion's impulse responses, so
///    its standard deviation is σ √(Σ_j ψ_{h,j}²), σ² = SSE/(n − 4) (n − 1 errors, three
///    estimated quantities); sample paths run the recursion on simulated values. Means,
///    widths and paths are reseasonalised as in `Theta`.
///
/// α is bounded to [0.1, 0.99] as in the authors' `forecTheta` package and statsforecast.
/// Needs at least 5 observations, all finite.
public struct DynamicOptimisedTheta: ForecastingMethod {
    /// How the seasonal indices are chosen: `.tested`, as the published implementations do,
    /// unless a caller asks for shrunk ones (as `AutoForecast` does).
    public var seasonalIndices: SeasonalIndexRule

    public init(seasonalIndices: SeasonalIndexRule = .tested) {
        self.seasonalIndices = seasonalIndices
    }

    public var name: String { "dotm" }

    /// Fewest observations: n − 1 errors for three estimated quantities and one degree of
    /// freedom.
    static let minimumLength = 5
    static let alphaRange = 0.1...0.99
    /// θ ≤ 1000: beyond that the model is SES plus the full trend line in all but name.
    static let maximumWeight = 0.999

    public func fit(_ series: TimeSeries) throws(FitError) -> FittedDynamicOptimisedTheta {
        let y = try series.checkedValues(minimumLength: Self.minimumLength, model: name)
        let adjustment = SeasonalAdjustment(y, period: series.seasonalPeriod, rule: seasonalIndices)
        let adjusted = adjustment.adjusted
        let alpha = GridGoldenSearch().minimise(on: Self.alphaRange) { Self.profile(adjusted, alpha: $0).sse }
        let fit = Self.profile(adjusted, alpha: alpha)
        var state = DynamicThetaState(first: adjusted[0], initialLevel: fit.initialLevel, alpha: alpha)
        var fitted = [adjusted[0]]
        for t in 1..<adjusted.count {
            fitted.append(state.forecast(alpha: alpha, weight: fit.weight))
            state.absorb(adjusted[t], alpha: alpha)
        }
        let theta = 1 / (1 - fit.weight)
        // At the bound the estimate is "as large as allowed", not a measured 1000.00.
        let thetaText = fit.weight >= Self.maximumWeight ? "θ at its bound \(Int(theta.rounded()))" : "θ = \(formatParameter(theta))"
        return FittedDynamicOptimisedTheta(
            summary: "dynamic optimised Theta (α = \(formatParameter(alpha)), \(thetaText)\(adjustment.isSeasonal ? ", seasonally adjusted" : ""))",
            fittedValues: adjustment.restoreFitted(fitted),
            state: state,
            alpha: alpha,
            weight: fit.weight,
            sigma: (fit.sse / Double(y.count - 4)).squareRoot(),
            season: adjustment.future)
    }

    /// The SSE at α with the best ℓ₀ and w. With the level run from ℓ₀ = 0, the error of
    /// y_{t+1} is e = d − u ℓ₀ − D w, where d = y_{t+1} − ℓ_t, u = (1−α)^t and D the trend
    /// term, so (ℓ₀, w) solve 2×2 normal equations; when w falls outside [0, maximumWeight]
    /// the error is convex in w, so the bound is optimal and ℓ₀ is re-solved for it.
    static func profile(_ values: [Double], alpha: Double) -> (sse: Double, initialLevel: Double, weight: Double) {
        var state = DynamicThetaState(first: values[0], initialLevel: 0, alpha: alpha)
        var decay = 1 - alpha
        var suu = 0.0, sud = 0.0, suD = 0.0, sDD = 0.0, sdD = 0.0, sdd = 0.0
        for t in 1..<values.count {
            let trend = state.trendTerm(alpha: alpha, decay: decay)
            let d = values[t] - state.level
            suu += decay * decay; sud += decay * d; suD += decay * trend
            sDD += trend * trend; sdD += d * trend; sdd += d * d
            state.absorb(values[t], alpha: alpha)
            decay *= 1 - alpha
        }
        let determinant = suu * sDD - suD * suD
        var weight = determinant > 1e-12 * suu * sDD ? (suu * sdD - suD * sud) / determinant : 0
        weight = min(max(weight, 0), maximumWeight)
        let level0 = (sud - weight * suD) / suu
        let sse = sdd - 2 * level0 * sud - 2 * weight * sdD + level0 * level0 * suu + 2 * level0 * weight * suD + weight * weight * sDD
        return (max(sse, 0), level0, weight)
    }
}
