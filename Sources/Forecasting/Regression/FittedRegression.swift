import Foundation
import LinearAlgebra
import Statistics

/// A fitted `SeasonalTrendRegression`.
///
/// Intervals are the normal linear model's: `mean ± t_{ν, (1+level)/2} · √Var` with ν the
/// residual degrees of freedom (Student t because σ is estimated; R's `predict.lm` and
/// `forecast::tslm` give the same).
///
/// Sample paths draw from the same predictive distribution (the Bayesian one under a flat
/// prior, whose marginals are exactly those t intervals; Gelman et al., *Bayesian Data
/// Analysis*, 3rd ed., §14.2): per path, σ² = σ̂² ν / χ²_ν, then the coefficients from
/// N(β̂, σ²(XᵀX)⁺) (through the Cholesky factor; a singular covariance falls back to β̂),
/// then independent N(0, σ²) noise per period. So the paths' spread includes the uncertainty
/// of σ and of the coefficients, and periods are correlated through them.
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
    /// Residual degrees of freedom of `sigma`.
    let degreesOfFreedom: Int
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
        let linear = Forecast.studentT(mean: center, scale: sd, degrees: Double(degreesOfFreedom), levels: levels)
        guard isLog else { return linear }
        let logScale = linear
        return Forecast(
            mean: zip(center, variance).map { Foundation.exp($0 + $1 / 2) },
            intervals: logScale.intervals.map {
                PredictionInterval(level: $0.level, lower: $0.lower.map { Foundation.exp($0) }, upper: $0.upper.map { Foundation.exp($0) })
            })
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        let nu = Double(degreesOfFreedom)
        // χ²_ν is Gamma(ν/2, scale 2); ν ≥ 1 is guaranteed by the fit.
        let chiSquare = (try? Gamma(shape: nu / 2, scale: 2))?.sample(using: &rng) ?? nu
        let sigma = self.sigma * (nu / max(chiSquare, .leastNormalMagnitude)).squareRoot()
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
