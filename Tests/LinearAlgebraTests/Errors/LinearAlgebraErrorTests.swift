import LinearAlgebra
import Testing

@Suite("Linear algebra input errors")
struct LinearAlgebraErrorTests {
    @Test func messagesNameTheArgumentAndPosition() {
        #expect(
            LinearAlgebraError.nonFinite(argument: "design", row: 2, column: 1, value: .nan).description
                == "design: entry (2, 1) is nan; expected a finite number")
        #expect(
            LinearAlgebraError.empty(argument: "design", rows: 3, columns: 0).description
                == "design: expected at least one row and one column, found 3×0")
        #expect(
            LinearAlgebraError.notSymmetric(argument: "matrix", row: 2, column: 0).description
                == "matrix: expected a symmetric matrix, but entries (2, 0) and (0, 2) differ")
        #expect(
            LinearAlgebraError.noResidualDegreesOfFreedom(observations: 2, rank: 2).errorDescription
                == "least squares: 2 observations and rank 2 leave no residual degrees of freedom to "
                + "estimate the variance; more observations are needed")
        #expect(
            LinearAlgebraError.overflow(operation: "least squares").description
                == "least squares: the result overflows double precision; rescale the data "
                + "(for example to thousands or millions) and try again")
    }
}
