import Foundation
import LinearAlgebra

extension SeasonalTrendRegression {
    /// Fits the regression.
    /// - Throws: `FitError` when there are fewer observations than coefficients + 2 (σ needs
    ///   degrees of freedom), a value is not finite, the log form meets a value ≤ 0, a
    ///   regressor has fewer values than the series or a non-finite one, a regressor's effect
    ///   cannot be estimated (constant over the fitted history, or a linear combination of the
    ///   trend, season and other regressors), or LAPACK fails.
    public func fit(_ series: TimeSeries) throws(FitError) -> FittedRegression {
        let m = series.seasonalPeriod
        var values = series.values
        for regressor in regressors {
            guard regressor.values.count >= values.count else {
                throw FitError(model: name, reason: "regressor \"\(regressor.name)\" has \(regressor.values.count) values for \(values.count) observations")
            }
            guard regressor.values.allSatisfy(\.isFinite) else {
                throw FitError(model: name, reason: "regressor \"\(regressor.name)\" has a missing or non-finite value")
            }
        }
        // Checked over the whole series, before windowing: a bad value is refused wherever it
        // is, as by every other model, rather than ignored when it falls before the window.
        guard values.allSatisfy(\.isFinite) else {
            throw FitError(model: name, reason: "the series contains a missing or non-finite value")
        }
        var regressorHistory = regressors.map { Array($0.values.prefix(values.count)) }
        if let windowCycles {
            let keep = min(values.count, max(windowCycles * m, Self.minimumWindow))
            values = Array(values.suffix(keep))
            regressorHistory = regressorHistory.map { Array($0.suffix(keep)) }
        }
        if form == .log, let index = series.values.firstIndex(where: { $0 <= 0 }) {
            throw FitError(model: name, reason: "the log form needs positive values, and observation \(index + 1) is \(formatSignificant(series.values[index])); fit the additive form instead")
        }
        let useLog = form == .log
        let response = useLog ? values.map { Foundation.log($0) } : values
        let design = RegressionDesign(
            seasonalPeriod: m, seasonality: seasonality, changepoints: changepoints,
            seasonOffset: series.values.count - values.count, damping: damping)
        let columns = design.columnCount + regressors.count
        guard values.count >= columns + 2 else {
            throw FitError(model: name, reason: "needs at least \(columns + 2) observations for \(columns) coefficients, found \(values.count)")
        }
        for (regressor, history) in zip(regressors, regressorHistory) where history.allSatisfy({ $0 == history[0] }) {
            throw FitError(model: name, reason: "regressor \"\(regressor.name)\" is \(formatSignificant(history[0])) in every period of the history, so its effect cannot be told apart from the level; leave it out or give history where it varies")
        }
        let rows = (0..<values.count).map { t in design.row(t: t) + regressorHistory.map { $0[t] } }
        do {
            let solution = try LeastSquares().solve(design: Matrix(rows: rows), response: response)
            if !regressors.isEmpty, solution.rank < columns {
                // Rank lost to the regressors (not to, say, a changepoint past a backtest
                // origin's data) means some effect is not estimable: the minimum-norm split
                // between collinear columns is arbitrary.
                let baseRank = try LeastSquares().solve(design: Matrix(rows: rows.map { Array($0.prefix(design.columnCount)) }), response: response).rank
                guard solution.rank == baseRank + regressors.count else {
                    throw FitError(model: name, reason: "the regressors \(regressors.map { "\"\($0.name)\"" }.joined(separator: ", ")) are linear combinations of the trend, the season and each other over the history, so their effects cannot be told apart; leave one out")
                }
            }
            guard let variance = solution.residualVariance else {
                throw FitError(model: name, reason: "no residual degrees of freedom")
            }
            // Each regressor's effect with its standard error, σ̂ √((XᵀX)⁺_jj).
            let standardErrors = try solution.standardErrors().suffix(regressors.count)
            let effects = zip(regressors, zip(solution.coefficients.suffix(regressors.count), standardErrors)).map { regressor, estimate in
                "\(regressor.name) \(formatSignificant(estimate.0)) ± \(formatSignificant(estimate.1))"
            }
            return FittedRegression(
                summary: "\(useLog ? "log-" : "")regression (\(([design.termsDescription] + effects).joined(separator: ", ")))",
                fittedValues: Self.fullFitted(solution.fittedValues, count: series.values.count, log: useLog),
                design: design,
                observationCount: values.count,
                regressorValues: regressors.map(\.values),
                seriesLength: series.values.count,
                solution: solution,
                sigma: variance.squareRoot(),
                degreesOfFreedom: solution.degreesOfFreedom,
                isLog: useLog,
                covarianceFactor: try? CholeskyFactorization(solution.unscaledCovariance))
        } catch let error as FitError {
            throw error
        } catch {
            throw FitError(model: name, reason: "least squares failed: \(error)")
        }
    }

    /// In-sample fits on the original scale, one per observation; observations before a
    /// fitting window repeat the window's first fitted value.
    private static func fullFitted(_ fitted: [Double], count: Int, log: Bool) -> [Double] {
        let scaled = log ? fitted.map { Foundation.exp($0) } : fitted
        return Array(repeating: scaled[0], count: count - scaled.count) + scaled
    }
}
