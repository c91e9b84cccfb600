@testable import LinearAlgebra
import Testing

/// `dgesvd` is backward stable, so U Σ Vᵀ reproduces A and U, V are orthonormal to a few ε;
/// 1e-13 on entries of order 10 leaves a factor of ~50 over rounding.
@Suite("Singular value decomposition")
struct SingularValueDecompositionTests {
    static let tolerance = 1e-13

    @Test(arguments: [
        Matrix(rows: [[3, 1, 1], [-1, 3, 1]]),
        Matrix(rows: [[1, 2], [3, 4], [5, 6], [7, 8]]),
        Matrix(rows: [[2, 0], [0, 0]]),
    ])
    func reconstructsTheMatrix(matrix: Matrix) throws {
        let svd = try SingularValueDecomposition(matrix)
        let k = min(matrix.rows, matrix.columns)
        var sigma = Matrix(rows: k, columns: k)
        for i in 0..<k {
            sigma[i, i] = svd.singularValues[i]
        }
        let product = svd.u * sigma * svd.vt
        #expect(zip(product.elements, matrix.elements).allSatisfy { abs($0 - $1) <= Self.tolerance })
        let uu = svd.u.transposed * svd.u
        let vv = svd.vt * svd.vt.transposed
        #expect(zip(uu.elements, Matrix.identity(k).elements).allSatisfy { abs($0 - $1) <= Self.tolerance })
        #expect(zip(vv.elements, Matrix.identity(k).elements).allSatisfy { abs($0 - $1) <= Self.tolerance })
        #expect(svd.singularValues == svd.singularValues.sorted(by: >))
    }

    /// [[3, 1, 1], [−1, 3, 1]] has AAᵀ = [[11, 1], [1, 11]], so σ = √12 and √10.
    @Test func singularValuesOfKnownMatrix() throws {
        let svd = try SingularValueDecomposition(Matrix(rows: [[3, 1, 1], [-1, 3, 1]]))
        #expect(abs(svd.singularValues[0] - 12.0.squareRoot()) <= Self.tolerance)
        #expect(abs(svd.singularValues[1] - 10.0.squareRoot()) <= Self.tolerance)
    }
}
