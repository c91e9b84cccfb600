@testable import LinearAlgebra
import Testing

@Suite("Matrix validation")
struct MatrixValidationTests {
    @Test func finiteMatrixPasses() throws {
        try Matrix(rows: [[1, -2], [3e300, 0]]).requireFinite(argument: "m")
        try [1.0, 2.0].requireFinite(argument: "v")
    }

    @Test func firstNonFiniteEntryIsReportedInColumnMajorOrder() {
        let matrix = Matrix(rows: [[1, .infinity], [.nan, 4]])
        #expect {
            try matrix.requireFinite(argument: "m")
        } throws: { error in
            guard case let .nonFinite(argument, row, column, value) = error as? LinearAlgebraError else {
                return false
            }
            return argument == "m" && row == 1 && column == 0 && value.isNaN
        }
    }

    @Test func emptyMatrixIsReported() {
        #expect(throws: LinearAlgebraError.self) {
            try Matrix(rows: 0, columns: 3).requireNonEmpty(argument: "m")
        }
    }
}
