import Statistics

/// A fitted seasonal ARIMA model; see `ARIMA` for the method.
///
/// The series is written `y_t = μ + b·t + u_t` (μ the mean when d + D = 0, b the drift per
/// period when d + D = 1, both 0 otherwise) with `a(B) u_t = c(B) e_t`, where
/// `a(B) = φ(B)Φ(B^m)(1 − B)^d(1 − B^m)^D` and `c(B) = θ(B)Θ(B^m)`. Forecasts run that
/// recursion forward with future innovations at 0; the h-step variance is
/// `σ² Σ_{j<h} ψ_j²` with the ψ-weights of `c(B)/a(B)` (Box, Jenkins & Reinsel §5.2); sample
/// paths run it with N(0, σ²) innovations, so their mean and variance match `forecast`.
/// When fitted to a seasonally adjusted series, means, standard deviations and paths are
/// multiplied by the seasonal index of their period, as in `Theta`.
public struct FittedARIMA: FittedModel {
    public let summary: String
    public let fittedValues: [Double]
    public let order: ARIMAOrder
    /// Periods per seasonal cycle m.
    public let period: Int
    /// φ₁ … φ_p, θ₁ … θ_q, Φ₁ … Φ_P, Θ₁ … Θ_Q in R's sign convention (see `ARMACoefficients`).
    public var ar: [Double] { coefficients.ar }
    public var ma: [Double] { coefficients.ma }
    public var seasonalAR: [Double] { coefficients.seasonalAR }
    public var seasonalMA: [Double] { coefficients.seasonalMA }
    /// The mean (d + D = 0) or drift per period (d + D = 1); 0 without a constant.
    public let constant: Double
    /// Innovation variance σ² (conditional sum of squares over the residual count).
    public let sigma2: Double
    /// AICc of the fitted order (comparable only between orders with the same d and D).
    public let aicc: Double

    let coefficients: ARMACoefficients
    /// Full AR polynomial a(B) including the differencing, and MA polynomial c(B),
    /// as coefficients of B⁰, B¹, … (leading 1).
    let autoregressive: [Double]
    let movingAverage: [Double]
    /// The last values of u (oldest first), as many as a(B)'s degree.
    let recentValues: [Double]
    /// The last residuals (oldest first), as many as c(B)'s degree.
    let recentResiduals: [Double]
    /// Number of observations (time index of the first forecast).
    let count: Int
    /// The seasonal pattern from the 1st period ahead on when the model was fitted to a
    /// seasonally adjusted series; `SeasonalPattern.none` otherwise.
    let season: SeasonalPattern
    /// Whether the model was fitted to a seasonally adjusted series.
    let seasonallyAdjusted: Bool

    /// - Parameters:
    ///   - y: the series the estimate was fitted to (seasonally adjusted when `adjustment` is).
    ///   - adjustment: the seasonal pattern to put back, nil for none.
    init(estimate: ARIMAEstimate, series y: [Double], period m: Int, adjustment: SeasonalAdjustment?) {
        let order = estimate.order
        self.order = order
        self.period = m
        self.coefficients = estimate.coefficients
        self.sigma2 = estimate.sigma2
        self.aicc = estimate.aicc
        let differencing = ARMACoefficients.differencing(d: order.d, seasonalD: order.seasonalD, period: m)
        let hasDrift = order.includesConstant && order.d + order.seasonalD == 1
        let constant = hasDrift ? estimate.mean / Double(order.d == 1 ? 1 : m) : estimate.mean
        self.constant = constant
        autoregressive = ARMACoefficients.product(estimate.coefficients.autoregressivePolynomial(period: m), differencing)
        movingAverage = estimate.coefficients.movingAveragePolynomial(period: m)
        count = y.count
        let lost = order.differencingLength(period: m)
        let residuals = [Double](repeating: 0, count: lost) + estimate.residuals
        let fitted = y.indices.map { y[$0] - residuals[$0] }
        fittedValues = adjustment?.restoreFitted(fitted) ?? fitted
        season = adjustment?.future ?? .none
        let isMean = order.includesConstant && !hasDrift
        let u = y.indices.map { t in y[t] - (isMean ? constant : hasDrift ? constant * Double(t) : 0) }
        recentValues = Array(u.suffix(autoregressive.count - 1))
        let residualCount = movingAverage.count - 1
        recentResiduals = [Double](repeating: 0, count: max(residualCount - residuals.count, 0)) + residuals.suffix(residualCount)
        seasonallyAdjusted = adjustment?.isSeasonal == true
        summary = order.description(period: m) + (seasonallyAdjusted ? ", seasonally adjusted" : "")
    }

    /// The deterministic part μ + b·t at time index t.
    private func deterministic(_ t: Int) -> Double {
        guard order.includesConstant else { return 0 }
        return order.d + order.seasonalD == 0 ? constant : constant * Double(t)
    }

    /// Runs the recursion with the given future innovations (zeros for the mean).
    private func run(_ innovations: [Double]) -> [Double] {
        var u = recentValues
        var e = recentResiduals
        let r = autoregressive.count - 1, s = movingAverage.count - 1
        return innovations.enumerated().map { step, innovation in
            var value = innovation
            for l in stride(from: 1, through: r, by: 1) { value -= autoregressive[l] * u[u.count - l] }
            for l in stride(from: 1, through: s, by: 1) { value += movingAverage[l] * e[e.count - l] }
            u.append(value)
            e.append(innovation)
            return season.restore(value + deterministic(count + step), at: step)
        }
    }

    /// ψ₀ … ψ_{h−1} of c(B)/a(B): ψ₀ = 1, ψ_j = c_j − Σ_{l=1}^{min(j, r)} a_l ψ_{j−l}.
    func psiWeights(_ horizon: Int) -> [Double] {
        var psi = [Double]()
        for j in 0..<horizon {
            var value = j < movingAverage.count ? movingAverage[j] : 0
            for l in stride(from: 1, through: min(j, autoregressive.count - 1), by: 1) {
                value -= autoregressive[l] * psi[j - l]
            }
            psi.append(value)
        }
        return psi
    }

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        let mean = run([Double](repeating: 0, count: horizon))
        var cumulative = 0.0
        let sd = psiWeights(horizon).enumerated().map { step, psi in
            cumulative += psi * psi
            return season.restoreSpread((sigma2 * cumulative).squareRoot(), at: step)
        }
        return .gaussian(mean: mean, sd: sd, levels: levels)
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        let sigma = sigma2.squareRoot()
        return run((0..<horizon).map { _ in sigma * Normal.standardSample(using: &rng) })
    }
}
