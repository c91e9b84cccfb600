import Foundation

/// A LAPACK routine reported failure through its `info` argument.
///
/// `info < 0` means argument `-info` had an illegal value (a bug in the caller, since inputs are
/// validated before LAPACK is called); `info > 0` is the routine's own numerical failure, put in
/// words from the routine's documentation (LAPACK Users' Guide, 3rd ed., ch. 5 on the argument
/// INFO, and the routine headers). LAPACKE's workspace-allocation codes are reported as running
/// out of memory.
public struct LAPACKError: Error, Equatable, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    /// The LAPACK routine, lower case as in the Users' Guide (`"dpotrf"`, `"dgesvd"`, …).
    public let routine: String
    /// The `info` value the routine returned (never zero).
    public let info: Int

    init(routine: String, info: Int) {
        self.routine = routine
        self.info = info
    }

    /// What `info` means for this routine, in words.
    public var reason: String {
        switch info {
        case Self.workMemoryError, Self.transposeMemoryError:
            return "not enough memory for the LAPACK workspace"
        case ..<0:
            return "argument \(-info) had an illegal value"
        default:
            return Self.numericalFailure(routine: routine, info: info)
        }
    }

    public var description: String { "\(routine): \(reason)" }

    public var errorDescription: String? { description }

    /// LAPACKE's `LAPACK_WORK_MEMORY_ERROR`.
    static let workMemoryError = -1010
    /// LAPACKE's `LAPACK_TRANSPOSE_MEMORY_ERROR`.
    static let transposeMemoryError = -1011

    private static func numericalFailure(routine: String, info: Int) -> String {
        switch routine {
        case "dpotrf":
            return "the leading minor of order \(info) is not positive definite"
        case "dgesvd":
            return "the SVD did not converge: \(info) superdiagonals of the intermediate bidiagonal "
                + "form did not converge to zero"
        default:
            return "the routine failed with info = \(info)"
        }
    }
}
