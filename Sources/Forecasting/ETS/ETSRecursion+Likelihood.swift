import Foundation

extension ETSRecursion {
    /// Minus twice the Gaussian log-likelihood, less the constant n(log(2π/n) + 1):
    /// n·log Σε_t² for additive errors, plus 2Σlog μ_t for multiplicative ones (Hyndman et
    /// al. 2008, §5.2; the criterion `forecast::ets` minimises).
    ///
    /// Consumes the recursion and overwrites `season` (the initial seasonal states). Returns
    /// +∞ as soon as a multiplicative model's forecast or level leaves (0, ∞), so the optimiser
    /// rejects that point without finishing the pass.
    /// - Complexity: O(n), no allocation.
    @inline(__always)
    consuming func criterion(y: UnsafeBufferPointer<Double>, season: UnsafeMutableBufferPointer<Double>) -> Double {
        var sumOfSquares = 0.0
        var logForecasts = 0.0
        // Product of forecasts, folded into `logForecasts` only when it drifts far from 1,
        // so the loop takes a logarithm about once per hundred steps instead of every step.
        var product = 1.0
        let multiplicative = form.multiplicativeError
        let checked = multiplicative || form.season == .multiplicative
        for t in 0..<y.count {
            let mu = forecast(season: season)
            if checked && !isValid(forecast: mu, season: season) { return .infinity }
            let observed = y[t]
            if multiplicative {
                let e = (observed - mu) / mu
                sumOfSquares += e * e
                product *= mu
                if product > Self.productFoldLimit || product < 1 / Self.productFoldLimit {
                    logForecasts += Foundation.log(product)
                    product = 1
                }
            } else {
                let e = observed - mu
                sumOfSquares += e * e
            }
            update(observing: observed, season: season)
        }
        var value = Double(y.count) * Foundation.log(sumOfSquares)
        if multiplicative { value += 2 * (logForecasts + Foundation.log(product)) }
        return value.isNaN ? .infinity : value
    }

    /// The running product of forecasts is folded into its logarithm past 1e100 (or below
    /// 1e-100); forecasts of scaled data are O(1), so it never overflows.
    static var productFoldLimit: Double { 1e100 }

    /// Runs the recursion over `y`, returning one-step forecasts, innovations and the final
    /// state. `season` holds the initial seasonal states and is left holding the final ones
    /// in buffer order starting at `seasonIndex`.
    mutating func filter(y: [Double], season: UnsafeMutableBufferPointer<Double>) -> (fitted: [Double], innovations: [Double]) {
        var fitted = [Double](repeating: 0, count: y.count)
        var innovations = [Double](repeating: 0, count: y.count)
        for t in y.indices {
            let mu = forecast(season: season)
            fitted[t] = mu
            innovations[t] = form.multiplicativeError ? (y[t] - mu) / mu : y[t] - mu
            update(observing: y[t], season: season)
        }
        return (fitted, innovations)
    }
}
