import Foundation
import LinearAlgebra

/// An ARIMA(p, 1, 0) model with drift on the seasonally adjusted series, with p chosen by
/// AIC — the regression/ARIMA-type member of `auto`'s combination.
///
/// On z_t = x_t − x_{t−1} of the adjusted series x (`SeasonalAdjustment`), fit
/// `z_t = c + Σ_{i≤p} a_i z_{t−i} + ε_t` by least squares (`LinearAlgebra.LeastSquares`) for
/// p = 0 … `maximumOrder`, and keep the p with the smallest
/// `AIC = N log(RSS/N) + 2(p + 1)` computed on the same N rows (Box, Jenkins & Reinsel,
/// *Time Series Analysis*, ch. 7; conditional least squares). Orders whose coefficients break
/// the sufficient stationarity condition Σ|a_i| < 1 are skipped, so forecasts cannot explode.
/// Forecasts iterate the recursion; the h-step variance is `σ² Σ_{j<h} ψ_j²`, with ψ the
/// MA(∞) weights of x, whose AR polynomial is `(1 − Σ a_i B^i)(1 − B)`. Everything is
/// multiplied back by the seasonal index.
/// Needs at least 10 observations.
public struct DifferencedAutoregression: ForecastingMethod {
    public init() {}
    public var name: String { "arima" }

    static let maximumOrder = 3
    static let minimumLength = 10

    public func fit(_ series: TimeSeries) throws(FitError) -> FittedDifferencedAutoregression {
        let y = try series.checkedValues(minimumLength: Self.minimumLength, model: name)
        let adjustment = SeasonalAdjustment(y, period: series.seasonalPeriod)
        let x = adjustment.adjusted
        let z = zip(x.dropFirst(), x).map { $0 - $1 }
        let maximum = min(Self.maximumOrder, (z.count - 4) / 3)
        var best: (aic: Double, order: Int, coefficients: [Double], sigma: Double)?
        for order in 0...max(maximum, 0) {
            let rows = (maximum..<z.count).map { t in [1.0] + (0..<order).map { z[t - 1 - $0] } }
            let response = Array(z[maximum...])
            guard let solution = try? LeastSquares().solve(design: Matrix(rows: rows), response: response),
                  let variance = solution.residualVariance, variance > 0 || order == 0
            else { continue }
            let lags = Array(solution.coefficients.dropFirst())
            guard lags.reduce(0, { $0 + abs($1) }) < 1 else { continue }
            let count = Double(response.count)
            let aic = count * Foundation.log(max(solution.residualSumOfSquares, .leastNormalMagnitude) / count) + 2 * Double(order + 1)
            if best == nil || aic < best!.aic {
                best = (aic, order, solution.coefficients, variance.squareRoot())
            }
        }
        guard let chosen = best else {
            throw FitError(model: name, reason: "no stationary autoregression fits the differenced series")
        }
        let lags = Array(chosen.coefficients.dropFirst())
        // One-step fits x_{t−1} + c + Σ a_i z_{t−1−i}; the first order + 1 values have no
        // complete lag history and stand for themselves.
        let fitted = y.indices.map { t -> Double in
            guard t > chosen.order else { return y[t] }
            let change = lags.indices.reduce(chosen.coefficients[0]) { $0 + lags[$1] * z[t - 2 - $1] }
            return (x[t - 1] + change) * adjustment.pastIndices[t]
        }
        return FittedDifferencedAutoregression(
            summary: "ARIMA(\(chosen.order),1,0) with drift\(adjustment.isSeasonal ? ", seasonally adjusted" : "")",
            fittedValues: fitted,
            lastLevel: x[x.count - 1],
            recentChanges: Array(z.suffix(chosen.order).reversed()),
            drift: chosen.coefficients[0],
            lags: lags,
            sigma: chosen.sigma,
            futureIndices: adjustment.futureIndices)
    }
}
