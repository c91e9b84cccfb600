import Foundation

/// The conditional-sum-of-squares objective of an ARMA model, with an optional mean, for the
/// differenced series w (Box, Jenkins & Reinsel, *Time Series Analysis*, §7.1.2; R's
/// `arima(method = "CSS")`).
///
/// With x_t = w_t − μ, a(B) = φ(B)Φ(B^m) and c(B) = θ(B)Θ(B^m), the residuals are e_t = 0 for
/// the first p + mP observations and then `e_t = Σ_l a_l x_{t−l} − Σ_{l≥1} c_l e_{t−l}`.
/// The value is `½ log(Σ e_t² / ν)`, ν the number of residuals after the conditioning ones:
/// monotone in the sum of squares but scale-free, so one absolute optimiser tolerance suits
/// every series. The variance is floored at `varianceFloor` so an exactly fitting model
/// (a straight line after differencing) gives a finite value.
/// Coordinates: `ARMACoefficients(unconstrained:order:)`'s, then the mean as
/// `μ = meanCentre + meanScale · u`.
/// - Complexity: O(n · (number of non-zero AR and MA lags)) per evaluation.
struct ConditionalSumOfSquares: NelderMeadObjective {
    let w: [Double]
    let order: ARIMAOrder
    let period: Int
    let meanCentre: Double
    let meanScale: Double
    let varianceFloor: Double
    private(set) var residuals: [Double]
    /// Lags where a(B) and c(B) can be non-zero (structurally), excluding lag 0.
    private let arLags: [Int]
    private let maLags: [Int]
    /// Work buffers, so an evaluation does not allocate: the four coefficient blocks, the
    /// Durbin–Levinson scratch, and the full polynomials a(B), c(B).
    private var blocks: ARMACoefficients
    private var scratch: [Double]
    private var a: [Double]
    private var c: [Double]

    init(w: [Double], order: ARIMAOrder, period m: Int, varianceFloor: Double) {
        self.w = w
        self.order = order
        self.period = m
        self.varianceFloor = varianceFloor
        let mean = w.reduce(0, +) / Double(w.count)
        let spread = (w.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(w.count)).squareRoot()
        meanCentre = mean
        meanScale = spread > 0 ? spread : max(abs(mean), 1)
        residuals = [Double](repeating: 0, count: w.count)
        func lags(_ regular: Int, _ seasonal: Int) -> [Int] {
            Array(Set((0...regular).flatMap { i in (0...seasonal).map { i + m * $0 } }).subtracting([0])).sorted()
        }
        arLags = lags(order.p, order.seasonalP)
        maLags = lags(order.q, order.seasonalQ)
        let zeros = { (count: Int) in [Double](repeating: 0, count: count) }
        blocks = ARMACoefficients(ar: zeros(order.p), ma: zeros(order.q), seasonalAR: zeros(order.seasonalP), seasonalMA: zeros(order.seasonalQ))
        scratch = zeros(max(order.p, order.q, order.seasonalP, order.seasonalQ))
        a = zeros(order.p + m * order.seasonalP + 1)
        c = zeros(order.q + m * order.seasonalQ + 1)
    }

    /// Residuals after the conditioning observations.
    var residualCount: Int { w.count - order.conditioningLength(period: period) }

    func mean(at x: UnsafeBufferPointer<Double>) -> Double {
        order.includesConstant ? meanCentre + meanScale * x[order.coefficientCount - 1] : 0
    }

    mutating func value(at x: UnsafeBufferPointer<Double>) -> Double {
        ARMACoefficients.fill(&blocks.ar, from: x, offset: 0, sign: 1, scratch: &scratch)
        ARMACoefficients.fill(&blocks.ma, from: x, offset: order.p, sign: -1, scratch: &scratch)
        ARMACoefficients.fill(&blocks.seasonalAR, from: x, offset: order.p + order.q, sign: 1, scratch: &scratch)
        ARMACoefficients.fill(&blocks.seasonalMA, from: x, offset: order.p + order.q + order.seasonalP, sign: -1, scratch: &scratch)
        Self.seasonalProduct(into: &a, regular: blocks.ar, seasonal: blocks.seasonalAR, sign: -1, period: period)
        Self.seasonalProduct(into: &c, regular: blocks.ma, seasonal: blocks.seasonalMA, sign: 1, period: period)
        let sum = sumOfSquares(mean: mean(at: x))
        return 0.5 * log(max(sum / Double(residualCount), varianceFloor))
    }

    /// `(1 + sign·Σ r_i B^i)(1 + sign·Σ s_k B^{mk})` into `polynomial` (coefficients of B⁰, B¹, …),
    /// the allocation-free form of `ARMACoefficients.seasonalProduct`.
    static func seasonalProduct(into polynomial: inout [Double], regular: [Double], seasonal: [Double], sign: Double, period m: Int) {
        for i in polynomial.indices { polynomial[i] = 0 }
        for k in 0...seasonal.count {
            let sk = k == 0 ? 1 : sign * seasonal[k - 1]
            for i in 0...regular.count { polynomial[i + m * k] += (i == 0 ? 1 : sign * regular[i - 1]) * sk }
        }
    }

    /// Runs the residual recursion, storing the residuals; returns their sum of squares.
    private mutating func sumOfSquares(mean mu: Double) -> Double {
        let start = order.conditioningLength(period: period)
        var sum = 0.0
        for t in start..<w.count {
            var e = w[t] - mu
            for l in arLags { e += a[l] * (w[t - l] - mu) }
            for l in maLags where l <= t - start { e -= c[l] * residuals[t - l] }
            residuals[t] = e
            sum += e * e
        }
        return sum
    }
}
