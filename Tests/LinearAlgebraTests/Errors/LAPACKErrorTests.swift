@testable import LinearAlgebra
import Testing

@Suite("LAPACK errors")
struct LAPACKErrorTests {
    @Test(arguments: [
        (routine: "dpotrf", info: 3, message: "dpotrf: the leading minor of order 3 is not positive definite"),
        (routine: "dpotrf", info: -4, message: "dpotrf: argument 4 had an illegal value"),
        (routine: "dgesvd", info: 2, message: "dgesvd: the SVD did not converge: 2 superdiagonals of the "
            + "intermediate bidiagonal form did not converge to zero"),
        (routine: "dpotrs", info: -1010, message: "dpotrs: not enough memory for the LAPACK workspace"),
        (routine: "dgesvd", info: -1011, message: "dgesvd: not enough memory for the LAPACK workspace"),
        (routine: "dfoo", info: 5, message: "dfoo: the routine failed with info = 5"),
    ])
    func describesInfoInWords(routine: String, info: Int, message: String) {
        let error = LAPACKError(routine: routine, info: info)
        #expect(error.description == message)
        #expect(error.errorDescription == message)
    }
}
