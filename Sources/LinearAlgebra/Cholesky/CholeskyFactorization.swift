import Foundation
internal import CLAPACKE

/// The Cholesky factorization `A = L Lᵀ` of a symmetric positive-definite matrix, from LAPACK
/// `dpotrf`, with solves through `dpotrs` (Golub & Van Loan, *Matrix Computations*, 4th ed.,
/// §4.2; LAPACK Users' Guide §2.3).
///
/// The factorization is backward stable without pivoting: the computed `L` is the exact factor
/// of `A + E` with `‖E‖₂ ≲ c n ε ‖A‖₂` (Golub & Van Loan §4.2), so a matrix that is
/// positive definite only to within rounding may still be refused — `dpotrf` then reports the
/// order of the first leading minor that is not positive definite.
public struct CholeskyFactorization: Sendable, Equatable {
    /// The lower-triangular factor `L` (zeros above the diagonal, positive diagonal).
    public let lower: Matrix

    /// Relative tolerance for the symmetry check: `|a_ij − a_ji| ≤ tol · √(|a_ii a_jj|)`.
    /// Rounding in any symmetric computation of `A` leaves differences of a few `n ε` in this
    /// scale; a transcription mistake is many orders of magnitude larger.
    public static let symmetryTolerance = 1e-10

    /// Factors the symmetric positive-definite `matrix`.
    ///
    /// - Throws: ``LinearAlgebraError`` when `matrix` is empty, has a NaN or infinite entry, or
    ///   is not symmetric (see ``symmetryTolerance``), naming the argument `"matrix"`;
    ///   ``LAPACKError`` with routine `"dpotrf"` when it is not positive definite.
    /// - Precondition: `matrix` is square.
    /// - Complexity: O(n³ / 3).
    public init(_ matrix: Matrix) throws {
        precondition(matrix.isSquare, "Cholesky needs a square matrix, got \(matrix.rows)×\(matrix.columns)")
        try matrix.requireNonEmpty(argument: "matrix")
        try matrix.requireFinite(argument: "matrix")
        try Self.requireSymmetric(matrix)
        let n = matrix.rows
        var a = matrix.elements
        let info = LAPACKE_dpotrf(LAPACK_COL_MAJOR, Self.lowerTriangle, Int32(n), &a, Int32(n))
        if info != 0 {
            throw LAPACKError(routine: "dpotrf", info: Int(info))
        }
        for j in 1..<n {
            for i in 0..<j {
                a[i + j * n] = 0
            }
        }
        self.lower = Matrix(rows: n, columns: n, columnMajor: a)
    }

    /// `log det A = 2 Σ log l_ii`, finite even when `det A` itself would under- or overflow.
    public var logDeterminant: Double {
        2 * (0..<lower.rows).reduce(0) { $0 + log(lower[$1, $1]) }
    }

    /// Solves `A x = b`.
    /// - Throws: ``LinearAlgebraError/nonFinite(argument:row:column:value:)`` naming `"right-hand side"`;
    ///   ``LAPACKError`` from `dpotrs`.
    /// - Precondition: `rightHandSide.count == n`.
    /// - Complexity: O(n²).
    public func solve(_ rightHandSide: [Double]) throws -> [Double] {
        precondition(
            rightHandSide.count == lower.rows,
            "Cholesky solve needs \(lower.rows) entries, got \(rightHandSide.count)")
        return try solve(Matrix(rows: rightHandSide.count, columns: 1, columnMajor: rightHandSide)).elements
    }

    /// Solves `A X = B` for every column of `B` at once.
    /// - Throws: as the single right-hand-side form.
    /// - Precondition: `rightHandSides.rows == n`.
    /// - Complexity: O(n² · columns).
    public func solve(_ rightHandSides: Matrix) throws -> Matrix {
        let n = lower.rows
        precondition(
            rightHandSides.rows == n,
            "Cholesky solve needs \(n) rows, got \(rightHandSides.rows)")
        try rightHandSides.requireFinite(argument: "right-hand side")
        guard rightHandSides.columns > 0 else { return rightHandSides }
        var b = rightHandSides.elements
        let info = lower.elements.withUnsafeBufferPointer { factor in
            LAPACKE_dpotrs(
                LAPACK_COL_MAJOR, Self.lowerTriangle, Int32(n), Int32(rightHandSides.columns),
                factor.baseAddress, Int32(n), &b, Int32(n))
        }
        if info != 0 {
            throw LAPACKError(routine: "dpotrs", info: Int(info))
        }
        return Matrix(rows: n, columns: rightHandSides.columns, columnMajor: b)
    }

    private static let lowerTriangle = CChar(UInt8(ascii: "L"))

    private static func requireSymmetric(_ matrix: Matrix) throws(LinearAlgebraError) {
        for j in 0..<matrix.columns {
            for i in (j + 1)..<matrix.rows {
                let scale = (abs(matrix[i, i]) * abs(matrix[j, j])).squareRoot()
                if abs(matrix[i, j] - matrix[j, i]) > symmetryTolerance * scale {
                    throw .notSymmetric(argument: "matrix", row: i, column: j)
                }
            }
        }
    }
}
