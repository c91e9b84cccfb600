/// The result of a least-squares fit `y ≈ X β` from ``LeastSquares/solve(design:response:)``.
///
/// Under the linear model `y = Xβ + e` with independent errors of variance `σ²`, the estimate
/// `σ̂² = RSS / (n − r)` is unbiased (`r` the rank), `Var(β̂) = σ² (XᵀX)⁺`, and a new observation
/// at the row `x₀` has prediction variance `σ² (1 + x₀ᵀ (XᵀX)⁺ x₀)` (Seber & Lee, *Linear
/// Regression Analysis*, 2nd ed., chapters 3 and 5; §3.8 for the generalised inverse that
/// covers the rank-deficient case).
///
/// When the design is rank deficient, only estimable quantities are meaningful: the fitted
/// values, the residuals, and predictions at rows `x₀` in the row space of `X` (such as any
/// existing row, or a row that repeats the same linear dependence). Standard errors of
/// individual coefficients are then those of the minimum-norm solution, not of a unique estimate.
public struct LeastSquaresSolution: Sendable, Equatable {
    /// The minimum-norm least-squares coefficients `β` (one per design column).
    public let coefficients: [Double]
    /// The fitted values `X β`.
    public let fittedValues: [Double]
    /// The residuals `y − X β`.
    public let residuals: [Double]
    /// `Σ residuals²`.
    public let residualSumOfSquares: Double
    /// The numerical rank `r` of the design (number of retained singular values).
    public let rank: Int
    /// The number of observations `n`.
    public let observationCount: Int
    /// `(XᵀX)⁺`, the Moore–Penrose pseudo-inverse of the Gram matrix (`(XᵀX)⁻¹` at full rank):
    /// the coefficient covariance divided by `σ²`. Symmetric, `p × p`.
    public let unscaledCovariance: Matrix
    /// The singular values of the column-equilibrated design, largest first; their ratio
    /// `σ₁ / σ_r` is the condition number the solution's accuracy depends on.
    public let singularValues: [Double]

    init(
        design: Matrix, response: [Double], coefficients: [Double], rank: Int,
        unscaledCovariance: Matrix, singularValues: [Double]
    ) {
        let fitted = design * coefficients
        let residuals = zip(response, fitted).map { $0 - $1 }
        self.coefficients = coefficients
        self.fittedValues = fitted
        self.residuals = residuals
        self.residualSumOfSquares = residuals.reduce(0) { $0 + $1 * $1 }
        self.rank = rank
        self.observationCount = design.rows
        self.unscaledCovariance = unscaledCovariance
        self.singularValues = singularValues
    }

    /// The residual degrees of freedom `n − r`.
    public var degreesOfFreedom: Int { observationCount - rank }

    /// `σ̂² = RSS / (n − r)`, or `nil` when `n == r` and there is nothing left to estimate it from.
    public var residualVariance: Double? {
        degreesOfFreedom > 0 ? residualSumOfSquares / Double(degreesOfFreedom) : nil
    }

    /// The standard errors `se(β̂_j) = σ̂ · √((XᵀX)⁺_jj)`.
    /// - Throws: ``LinearAlgebraError/noResidualDegreesOfFreedom(observations:rank:)`` when `n == r`.
    public func standardErrors() throws -> [Double] {
        let variance = try requireResidualVariance()
        return (0..<unscaledCovariance.rows).map { j in
            (variance * max(0, unscaledCovariance[j, j])).squareRoot()
        }
    }

    /// The variance of a new observation at the design row `row`: `σ̂² (1 + x₀ᵀ (XᵀX)⁺ x₀)`.
    ///
    /// The `1` is the new observation's own noise; the quadratic form is the uncertainty of the
    /// fitted mean at `x₀`. For a rank-deficient design the value is exact only for `x₀` in the
    /// row space of `X` (see the type's discussion).
    /// - Parameter row: `x₀`, one entry per coefficient, in the same units as the design.
    /// - Throws: ``LinearAlgebraError/nonFinite(argument:row:column:value:)`` for a NaN or
    ///   infinite entry; ``LinearAlgebraError/noResidualDegreesOfFreedom(observations:rank:)``
    ///   when `n == r`.
    /// - Precondition: `row.count == coefficients.count`.
    public func predictionVariance(at row: [Double]) throws -> Double {
        precondition(
            row.count == coefficients.count,
            "predictionVariance(at:) needs \(coefficients.count) entries, got \(row.count)")
        try row.requireFinite(argument: "row")
        let variance = try requireResidualVariance()
        return variance * (1 + max(0, unscaledCovariance.quadraticForm(row)))
    }

    private func requireResidualVariance() throws(LinearAlgebraError) -> Double {
        guard let variance = residualVariance else {
            throw .noResidualDegreesOfFreedom(observations: observationCount, rank: rank)
        }
        return variance
    }
}
