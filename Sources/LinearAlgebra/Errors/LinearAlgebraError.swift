import Foundation

/// Input that the linear-algebra routines refuse before any LAPACK call, or a statistic that
/// the data cannot support.
public enum LinearAlgebraError: Error, Sendable, LocalizedError, CustomStringConvertible {
    /// An entry of `argument` is NaN or infinite. `row` and `column` are zero-based; a vector
    /// reports its index as `row` and column 0.
    case nonFinite(argument: String, row: Int, column: Int, value: Double)
    /// `argument` has no rows or no columns.
    case empty(argument: String, rows: Int, columns: Int)
    /// `argument` should be symmetric but entry `(row, column)` differs from `(column, row)`.
    case notSymmetric(argument: String, row: Int, column: Int)
    /// The fit used every observation to pin down the coefficients (`observations == rank`), so
    /// there are no residual degrees of freedom and no variance estimate.
    case noResidualDegreesOfFreedom(observations: Int, rank: Int)
    /// An intermediate result exceeded the range of `Double` (magnitudes near 10³⁰⁸).
    case overflow(operation: String)

    public var description: String {
        switch self {
        case let .nonFinite(argument, row, column, value):
            return "\(argument): entry (\(row), \(column)) is \(value); expected a finite number"
        case let .empty(argument, rows, columns):
            return "\(argument): expected at least one row and one column, found \(rows)×\(columns)"
        case let .notSymmetric(argument, row, column):
            return "\(argument): expected a symmetric matrix, but entries (\(row), \(column)) and "
                + "(\(column), \(row)) differ"
        case let .noResidualDegreesOfFreedom(observations, rank):
            return "least squares: \(observations) observations and rank \(rank) leave no residual "
                + "degrees of freedom to estimate the variance; more observations are needed"
        case let .overflow(operation):
            return "\(operation): the result overflows double precision; rescale the data "
                + "(for example to thousands or millions) and try again"
        }
    }

    public var errorDescription: String? { description }
}
