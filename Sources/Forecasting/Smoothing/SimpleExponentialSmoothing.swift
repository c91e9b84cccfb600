/// Simple exponential smoothing fitted by least squares (ETS(A,N,N) with Gaussian errors,
/// whose maximum-likelihood estimate minimises the sum of squared one-step errors).
///
/// Recursion (Hyndman et al. 2008, §2.3): forecast `ŷ_t = ℓ_{t−1}`, `ℓ_t = ℓ_{t−1} + α e_t`.
/// For a fixed α the one-step errors are affine in the initial level ℓ₀:
/// `e_t = (y_t − g_t) − (1−α)^{t−1} ℓ₀` where `g` runs the recursion from ℓ₀ = 0, so the best
/// ℓ₀ is a closed-form least-squares coefficient. α is then chosen on [αmin, αmax] by
/// `GridGoldenSearch` (the profile SSE is smooth but can have several local minima, hence a
/// grid first).
/// - Complexity: O(n · (grid + golden iterations)).
struct SimpleExponentialSmoothing {
    let alpha: Double
    let initialLevel: Double
    /// ℓ_n, the level after the last observation (the flat forecast).
    let finalLevel: Double
    let sumOfSquares: Double
    /// One-step-ahead fitted values ℓ_{t−1}.
    let fittedValues: [Double]

    /// α bounds as in `forecast::ets` (the admissible region is (0, 2) but ETS restricts to (0, 1)).
    static let alphaRange = 0.0001...0.9999

    /// Fits SES; needs at least 2 finite values (callers check).
    init(_ values: [Double]) {
        let alpha = GridGoldenSearch().minimise(on: Self.alphaRange) { Self.profile(values, alpha: $0).sse }
        let fit = Self.profile(values, alpha: alpha)
        self.alpha = alpha
        initialLevel = fit.level0
        sumOfSquares = fit.sse
        var level = fit.level0
        var fitted = [Double]()
        fitted.reserveCapacity(values.count)
        for y in values {
            fitted.append(level)
            level += alpha * (y - level)
        }
        finalLevel = level
        fittedValues = fitted
    }

    /// The SSE at α with the optimal initial level, and that level.
    private static func profile(_ values: [Double], alpha: Double) -> (sse: Double, level0: Double) {
        // e_t = d_t − w_t ℓ₀ with d_t = y_t − g_{t−1}, w_t = (1−α)^{t−1}.
        var g = 0.0, w = 1.0
        var sdd = 0.0, sdw = 0.0, sww = 0.0
        for y in values {
            let d = y - g
            sdd += d * d; sdw += d * w; sww += w * w
            g += alpha * (y - g)
            w *= 1 - alpha
        }
        let level0 = sdw / sww
        return (max(sdd - sdw * level0, 0), level0)
    }
}
