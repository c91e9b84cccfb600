import Foundation
import LinearAlgebra
import Testing

/// Cholesky factor, solves and log-determinant against hand-worked values.
@Suite("Cholesky factorization")
struct CholeskyFactorizationTests {
    /// A = L Lᵀ with the integer factor L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]], so every step of
    /// `dpotrf` is exact in double; det A = (2·1·3)² = 36.
    static let matrix = Matrix(rows: [[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
    static let factor = Matrix(rows: [[2, 0, 0], [6, 1, 0], [-8, 5, 3]])

    /// Rounding in a 3 × 3 solve with integer data is a few ε times the condition number
    /// (≈ 5·10³ here); 1e-11 leaves two digits of room.
    static let tolerance = 1e-11

    @Test func factorsKnownMatrix() throws {
        let cholesky = try CholeskyFactorization(Self.matrix)
        #expect(cholesky.lower == Self.factor)
    }

    @Test func logDeterminantOfKnownMatrix() throws {
        let cholesky = try CholeskyFactorization(Self.matrix)
        #expect(abs(cholesky.logDeterminant - log(36)) <= Self.tolerance)
    }

    /// log det of diag(1e-200, 1e-200, 1e-200) is −600 log 10 although det itself underflows.
    @Test func logDeterminantSurvivesUnderflow() throws {
        let tiny = Matrix(rows: [[1e-200, 0, 0], [0, 1e-200, 0], [0, 0, 1e-200]])
        let cholesky = try CholeskyFactorization(tiny)
        #expect(abs(cholesky.logDeterminant - (-600 * log(10))) <= Self.tolerance * 600 * log(10))
    }

    @Test func solvesForKnownSolution() throws {
        let solution: [Double] = [1, -2, 3]
        let cholesky = try CholeskyFactorization(Self.matrix)
        let x = try cholesky.solve(Self.matrix * solution)
        #expect(zip(x, solution).allSatisfy { abs($0 - $1) <= Self.tolerance })
    }

    /// Solving against the identity gives A⁻¹; A · A⁻¹ = I.
    @Test func solvesSeveralRightHandSidesAtOnce() throws {
        let inverse = try CholeskyFactorization(Self.matrix).solve(Matrix.identity(3))
        let product = Self.matrix * inverse
        #expect(zip(product.elements, Matrix.identity(3).elements).allSatisfy { abs($0 - $1) <= Self.tolerance })
    }

    /// Leading minors 2 and 3 are positive, the full determinant is −5: `dpotrf` stops at order 3.
    @Test func nonPositiveDefiniteMatrixThrowsLAPACKError() {
        let indefinite = Matrix(rows: [[2, 1, 1], [1, 2, 1], [1, 1, -1]])
        do {
            _ = try CholeskyFactorization(indefinite)
        } catch let error as LAPACKError {
            #expect(error.routine == "dpotrf")
            #expect(error.info == 3)
            #expect(error.description == "dpotrf: the leading minor of order 3 is not positive definite")
        } catch {
            Issue.record("expected LAPACKError, got \(error)")
        }
    }

    @Test func nonFiniteEntryIsRejectedBeforeLAPACK() {
        var matrix = Self.matrix
        matrix[1, 1] = .nan
        #expect {
            try CholeskyFactorization(matrix)
        } throws: { error in
            guard case let .nonFinite(argument, row, column, _) = error as? LinearAlgebraError else { return false }
            return argument == "matrix" && row == 1 && column == 1
        }
    }

    @Test func asymmetricMatrixIsRejected() {
        var matrix = Self.matrix
        matrix[2, 0] = -15
        #expect {
            try CholeskyFactorization(matrix)
        } throws: { error in
            guard case let .notSymmetric(_, row, column) = error as? LinearAlgebraError else { return false }
            return row == 2 && column == 0
        }
    }

    @Test func nonFiniteRightHandSideIsRejected() throws {
        let cholesky = try CholeskyFactorization(Self.matrix)
        #expect(throws: LinearAlgebraError.self) {
            try cholesky.solve([1, .infinity, 0])
        }
    }
}
