import LinearAlgebra
import Testing

@Suite("Matrix storage")
struct MatrixTests {
    @Test func rowsAndColumnsBuildTheSameColumnMajorMatrix() {
        let byRows = Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        let byColumns = Matrix(columns: [[1, 4], [2, 5], [3, 6]])
        #expect(byRows == byColumns)
        #expect(byRows.rows == 2 && byRows.columns == 3)
        #expect(byRows.elements == [1, 4, 2, 5, 3, 6])
        #expect(byRows[1, 2] == 6)
        #expect(byRows.row(1) == [4, 5, 6])
        #expect(byRows.column(2) == [3, 6])
    }

    @Test func subscriptWritesOneEntry() {
        var matrix = Matrix(rows: 2, columns: 2)
        matrix[0, 1] = 7
        #expect(matrix.elements == [0, 0, 7, 0])
    }

    @Test func identityHasOnesOnTheDiagonal() {
        #expect(Matrix.identity(3) == Matrix(rows: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
        #expect(Matrix.identity(0).elements.isEmpty)
    }

    @Test func emptyRowListIsZeroByZero() {
        let empty = Matrix(rows: [])
        #expect(empty.rows == 0 && empty.columns == 0)
    }
}
