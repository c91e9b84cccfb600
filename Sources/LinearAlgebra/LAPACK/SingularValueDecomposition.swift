internal import CLAPACKE

/// The thin singular value decomposition `A = U Σ Vᵀ` of an `m × n` matrix, from LAPACK
/// `dgesvd` (Golub–Kahan bidiagonalisation followed by implicit-shift QR on the bidiagonal,
/// Golub & Van Loan §8.6; the driver `dgesvd` of the LAPACK Users' Guide, 3rd ed.).
///
/// With `k = min(m, n)`: `u` is `m × k` with orthonormal columns, `singularValues` holds
/// `σ₁ ≥ … ≥ σ_k ≥ 0`, and `vt` is `k × n` with orthonormal rows. `dgesvd` rather than the
/// faster divide-and-conquer `dgesdd` because the matrices here are small and its QR iteration
/// is the more robust of the two.
struct SingularValueDecomposition: Sendable {
    let u: Matrix
    let singularValues: [Double]
    let vt: Matrix

    /// Factorizes `matrix`.
    /// - Precondition: `matrix` is non-empty and finite (callers validate user input first).
    /// - Throws: ``LAPACKError`` from `dgesvd` when the bidiagonal QR iteration does not converge.
    /// - Complexity: O(m · n · min(m, n)).
    init(_ matrix: Matrix) throws(LAPACKError) {
        let m = matrix.rows
        let n = matrix.columns
        let k = min(m, n)
        precondition(k > 0, "SingularValueDecomposition needs a non-empty matrix, got \(m)×\(n)")
        var a = matrix.elements
        var s = [Double](repeating: 0, count: k)
        var u = [Double](repeating: 0, count: m * k)
        var vt = [Double](repeating: 0, count: k * n)
        var superdiagonal = [Double](repeating: 0, count: max(1, k - 1))
        let thin = CChar(UInt8(ascii: "S"))
        let info = LAPACKE_dgesvd(
            LAPACK_COL_MAJOR, thin, thin, Int32(m), Int32(n), &a, Int32(m),
            &s, &u, Int32(m), &vt, Int32(k), &superdiagonal)
        if info != 0 {
            throw LAPACKError(routine: "dgesvd", info: Int(info))
        }
        self.u = Matrix(rows: m, columns: k, columnMajor: u)
        self.singularValues = s
        self.vt = Matrix(rows: k, columns: n, columnMajor: vt)
    }
}
