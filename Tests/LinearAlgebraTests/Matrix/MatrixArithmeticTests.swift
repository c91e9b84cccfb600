import LinearAlgebra
import Testing

/// Products of small integer matrices are exact in double, so results are compared exactly.
@Suite("Matrix arithmetic")
struct MatrixArithmeticTests {
    static let a = Matrix(rows: [[1, 2, 3], [4, 5, 6]])
    static let b = Matrix(rows: [[7, 8], [9, 10], [11, 12]])

    @Test func transposeSwapsRowsAndColumns() {
        #expect(Self.a.transposed == Matrix(rows: [[1, 4], [2, 5], [3, 6]]))
        #expect(Self.a.transposed.transposed == Self.a)
    }

    @Test func productMatchesHandComputation() {
        #expect(Self.a * Self.b == Matrix(rows: [[58, 64], [139, 154]]))
        #expect(Self.b * Self.a == Matrix(rows: [[39, 54, 69], [49, 68, 87], [59, 82, 105]]))
        #expect(Self.a * Matrix.identity(3) == Self.a)
    }

    @Test func matrixVectorProductMatchesHandComputation() {
        #expect(Self.a * [1, 0, -1] == [-2, -2])
        #expect(Self.a * [1, 1, 1] == [6, 15])
    }

    @Test func quadraticFormMatchesHandComputation() {
        let symmetric = Matrix(rows: [[2, 1], [1, 3]])
        // xᵀAx = 2·1 + 2·1·(−2) + 3·4 = 10 for x = (1, −2).
        #expect(symmetric.quadraticForm([1, -2]) == 10)
    }
}
