import Foundation
import LinearAlgebra
import Statistics

/// A fitted `SeasonalTrendRegression`.
///
/// Sample paths draw the coefficients once per path from N(β̂, σ̂²(XᵀX)⁺) (through the
/// Cholesky factor; a singular covariance falls back to β̂) and add independent N(0, σ̂²)
/// noise per period, so the paths' spread includes parameter uncertainty and periods are
/// correlated through the shared coefficients.
public struct FittedRegression: FittedModel {
    public let summary: String
    public let fittedValues: [Double]
    let design: RegressionDesign
    let observationCount: Int
    /// Each regressor's values from the series' first observation on (`Regressor.values`).
    let regressorValues: [[Double]]
    /// Observations in the series (the fitting window may be shorter).
    let seriesLength: Int
    let solution: LeastSquaresSolution
    let sigma: Double
    let isLog: Bool
    /// Cholesky factor of (XᵀX)⁺ for drawing coefficients; nil when it is singular.
    let covarianceFactor: CholeskyFactorization?

    /// The design row of the h-th period ahead (h ≥ 1).
    private func futureRow(_ h: Int) -> [Double] {
        design.row(t: observationCount - 1 + h, lastIndex: observationCount - 1)
            + regressorValues.map { $0[min(seriesLength - 1 + h, $0.count - 1)] }
    }

    private func linearPrediction(_ row: [Double], _ beta: [Double]) -> Double {
        zip(row, beta).reduce(0) { $0 + $1.0 * $1.1 }
    }

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        let rows = (0..<horizon).map { futureRow($0 + 1) }
        let center = rows.map { linearPrediction($0, solution.coefficients) }
        let variance = rows.map { (try? solution.predictionVariance(at: $0)) ?? sigma * sigma }
        let sd = variance.map { $0.squareRoot() }
        guard isLog else { return .gaussian(mean: center, sd: sd, levels: levels) }
        let logScale = Forecast.gaussian(mean: center, sd: sd, levels: levels)
        return Forecast(
            mean: zip(center, variance).map { Foundation.exp($0 + $1 / 2) },
            intervals: logScale.intervals.map {
                PredictionInterval(level: $0.level, lower: $0.lower.map { Foundation.exp($0) }, upper: $0.upper.map { Foundation.exp($0) })
            })
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        var beta = solution.coefficients
        if let factor = covarianceFactor {
            let draws = beta.indices.map { _ in Normal.standardSample(using: &rng) }
            let shift = factor.lower * draws
            beta = zip(beta, shift).map { $0 + sigma * $1 }
        }
        return (0..<horizon).map { step in
            let value = linearPrediction(futureRow(step + 1), beta) + sigma * Normal.standardSample(using: &rng)
            return isLog ? Foundation.exp(value) : value
        }
    }
}
