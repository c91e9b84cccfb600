/// Rank-revealing linear least squares: minimise `‖y − Xβ‖₂` through the singular value
/// decomposition of the column-equilibrated design.
///
/// ## Algorithm
/// 1. Equilibrate: `X_s = X D⁻¹` with `D = diag(‖X[:, j]‖₂)` (a zero column keeps scale 1).
///    Scaling columns does not change the set of least-squares fits but makes the rank decision
///    independent of the units of each regressor and lowers the condition number by orders of
///    magnitude on polynomial and calendar designs; column equilibration is within a factor
///    √p of the best diagonal scaling (van der Sluis, "Condition numbers and equilibration of
///    matrices", *Numer. Math.* 14, 1969; Golub & Van Loan, *Matrix Computations*, 4th ed., §3.5).
/// 2. Factor `X_s = U Σ Vᵀ` with LAPACK `dgesvd` and take the numerical rank
///    `r = #{ i : σ_i > tol · σ₁ }` (numerical rank, Golub & Van Loan §5.4; LAPACK Users'
///    Guide, 3rd ed., §2.3.2, the `rcond` rule of `dgelss`/`dgelsd`).
/// 3. Solve on the retained part: `β_s = D⁻¹ V_r Σ_r⁻¹ U_rᵀ y` and
///    `G = D⁻¹ V_r Σ_r⁻² V_rᵀ D⁻¹` (the SVD solution of Golub & Van Loan §5.5). For full rank,
///    `β_s` is the unique solution and `G = (XᵀX)⁻¹`.
/// 4. When `r < p`, every `β_s + z` with `z` in the null space fits equally well. Projecting onto
///    the row space, `β = P β_s` with `P` the orthogonal projector onto `range(D V_r)`, gives the
///    minimum-2-norm solution in the original units, and `P G P = (XᵀX)⁺`, the Moore–Penrose
///    pseudo-inverse (G is a symmetric reflexive generalised inverse of `XᵀX`).
///
/// Mathematically this is the truncated-SVD solution that LAPACK's `dgelss`/`dgelsd` compute,
/// with column equilibration added; the decomposition is formed explicitly because those
/// drivers do not return `V`, which the covariance needs.
///
/// ## Domain and edge cases
/// - Any shape: `n < p` and rank-deficient designs give the minimum-norm solution with the
///   rank reported. An all-zero design has rank 0 and coefficients 0.
/// - NaN or infinite entries in `X` or `y` are rejected with
///   ``LinearAlgebraError/nonFinite(argument:row:column:value:)``, a design with no rows or no
///   columns with ``LinearAlgebraError/empty(argument:rows:columns:)``; LAPACK never sees them.
/// - Failure of the SVD to converge throws ``LAPACKError`` with routine `"dgesvd"`.
///
/// ## Accuracy
/// Measured on the NIST StRD certified data sets (correct significant digits, worst entry):
/// Longley 11.2 in coefficients and 12.6 in standard errors; Filip (degree-10 polynomial,
/// condition number 2·10¹⁵ before equilibration, 5·10⁹ after) 7.2 and 7.3, against a limit of
/// about 7.7 set by rounding its data to double; Wampler 1–5 between 6.1 and 13.2.
public struct LeastSquares: Sendable, Equatable, Hashable {
    /// The relative singular-value cutoff; `nil` means ``defaultRelativeTolerance(rows:columns:)``.
    public let relativeTolerance: Double?

    /// A solver that treats singular values `σ_i ≤ relativeTolerance · σ₁` of the
    /// column-equilibrated design as zero.
    ///
    /// - Parameter relativeTolerance: the `rcond` of LAPACK's `dgelsd`; `nil` (the default)
    ///   uses `max(n, p) · ε` (see ``defaultRelativeTolerance(rows:columns:)``).
    /// - Precondition: `relativeTolerance` is `nil` or finite with `0 ≤ relativeTolerance < 1`.
    public init(relativeTolerance: Double? = nil) {
        if let relativeTolerance {
            precondition(
                relativeTolerance.isFinite && relativeTolerance >= 0 && relativeTolerance < 1,
                "LeastSquares relativeTolerance must lie in [0, 1), got \(relativeTolerance)")
        }
        self.relativeTolerance = relativeTolerance
    }

    /// The default cutoff `max(n, p) · ε`, with `ε = 2⁻⁵²` the double-precision machine epsilon.
    ///
    /// Backward-stable SVD computes singular values with absolute error about
    /// a small multiple of `max(n, p) · ε · σ₁` (Golub & Van Loan §8.6), so smaller ones are
    /// indistinguishable from zero. The same default is used by
    /// MATLAB's `rank` and `pinv` and by NumPy's `matrix_rank`.
    public static func defaultRelativeTolerance(rows: Int, columns: Int) -> Double {
        Double(max(rows, columns, 1)) * Double.ulpOfOne
    }

    /// Fits `response ≈ design · β` in the least-squares sense.
    ///
    /// - Parameters:
    ///   - design: the `n × p` design matrix `X` (one row per observation).
    ///   - response: the `n` observations `y`.
    /// - Returns: the minimum-norm solution with its residuals, rank and `(XᵀX)⁺`.
    /// - Throws: ``LinearAlgebraError`` for an empty design or a NaN/infinite entry (naming
    ///   `"design"` or `"response"` and the position), or when the residual sum of squares
    ///   overflows (entries beyond about 10¹⁵⁰); ``LAPACKError`` if `dgesvd` fails.
    /// - Precondition: `response.count == design.rows`.
    /// - Complexity: O(n · p · min(n, p)), plus O(p³) when the design is rank deficient.
    public func solve(design: Matrix, response: [Double]) throws -> LeastSquaresSolution {
        precondition(
            response.count == design.rows,
            "least squares: design has \(design.rows) rows but response has \(response.count) entries")
        try design.requireNonEmpty(argument: "design")
        try design.requireFinite(argument: "design")
        try response.requireFinite(argument: "response")

        let scales = Self.columnScales(design)
        var equilibrated = design
        for j in 0..<design.columns {
            for i in 0..<design.rows {
                equilibrated[i, j] /= scales[j]
            }
        }
        let svd = try SingularValueDecomposition(equilibrated)
        let tolerance = relativeTolerance
            ?? Self.defaultRelativeTolerance(rows: design.rows, columns: design.columns)
        let largest = svd.singularValues[0]
        let rank = svd.singularValues.prefix { $0 > 0 && $0 > tolerance * largest }.count

        // Retained right singular vectors in original units: W = D⁻¹ V_r (p × r).
        let p = design.columns
        var retained = Matrix(rows: p, columns: rank)
        for l in 0..<rank {
            for j in 0..<p {
                retained[j, l] = svd.vt[l, j] / scales[j]
            }
        }
        // β_s = W Σ_r⁻¹ U_rᵀ y and G = W Σ_r⁻² Wᵀ.
        var weights = [Double](repeating: 0, count: rank)
        var scaledRetained = retained
        for l in 0..<rank {
            let sigma = svd.singularValues[l]
            weights[l] = zip(svd.u.column(l), response).reduce(0) { $0 + $1.0 * $1.1 } / sigma
            for j in 0..<p {
                scaledRetained[j, l] /= sigma
            }
        }
        var coefficients = retained * weights
        var covariance = scaledRetained * scaledRetained.transposed

        if rank < p {
            let projector = try Self.rowSpaceProjector(scaledBasis: svd.vt, scales: scales, rank: rank)
            coefficients = projector * coefficients
            covariance = projector * covariance * projector
        }
        let solution = LeastSquaresSolution(
            design: design, response: response, coefficients: coefficients, rank: rank,
            unscaledCovariance: covariance, singularValues: svd.singularValues)
        guard solution.residualSumOfSquares.isFinite, solution.coefficients.allSatisfy(\.isFinite) else {
            throw LinearAlgebraError.overflow(operation: "least squares")
        }
        return solution
    }

    /// Column 2-norms of `matrix`, computed with a max-abs prescaling so squares cannot
    /// overflow; a zero column gets scale 1.
    static func columnScales(_ matrix: Matrix) -> [Double] {
        (0..<matrix.columns).map { j in
            let column = matrix.column(j)
            let largest = column.reduce(0) { max($0, abs($1)) }
            guard largest > 0 else { return 1 }
            let sumOfSquares = column.reduce(0) { $0 + ($1 / largest) * ($1 / largest) }
            return largest * sumOfSquares.squareRoot()
        }
    }

    /// The orthogonal projector `Q Qᵀ` onto `range(D V_r)`, the row space of the rank-`r`
    /// design, with `Q` an orthonormal basis from a second SVD of the `p × r` matrix `D V_r`.
    private static func rowSpaceProjector(
        scaledBasis vt: Matrix, scales: [Double], rank: Int
    ) throws(LAPACKError) -> Matrix {
        let p = scales.count
        guard rank > 0 else { return Matrix(rows: p, columns: p) }
        var basis = Matrix(rows: p, columns: rank)
        for l in 0..<rank {
            for j in 0..<p {
                basis[j, l] = vt[l, j] * scales[j]
            }
        }
        let q = try SingularValueDecomposition(basis).u
        return q * q.transposed
    }
}
