/// A dense matrix of `Double` stored in column-major order, the layout LAPACK expects.
///
/// Element `(i, j)` lives at `elements[i + j * rows]`, so a column is contiguous (the Fortran
/// convention of LAPACK and of Golub & Van Loan, *Matrix Computations*). The type is a value:
/// copies share storage until one of them is mutated.
///
/// Shapes are the caller's responsibility: building a matrix from ragged rows, reading outside
/// the bounds, or multiplying mismatched shapes is a programmer error and stops with a
/// `precondition` naming the shapes. Entries may be any `Double`; the factorizations reject
/// NaN and infinities with a thrown ``LinearAlgebraError`` before calling LAPACK.
public struct Matrix: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// All entries, column after column (`rows * columns` of them).
    public internal(set) var elements: [Double]

    /// A `rows × columns` matrix with every entry equal to `value`.
    /// - Precondition: `rows >= 0` and `columns >= 0`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix shape must be non-negative, got \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: rows * columns)
    }

    /// A `rows × columns` matrix from entries listed column after column.
    /// - Precondition: `elements.count == rows * columns`.
    public init(rows: Int, columns: Int, columnMajor elements: [Double]) {
        precondition(rows >= 0 && columns >= 0, "Matrix shape must be non-negative, got \(rows)×\(columns)")
        precondition(
            elements.count == rows * columns,
            "Matrix \(rows)×\(columns) needs \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix whose `i`-th row is `rows[i]`; an empty list gives the 0 × 0 matrix.
    /// - Precondition: every row has the same length.
    public init(rows rowList: [[Double]]) {
        let width = rowList.first?.count ?? 0
        precondition(rowList.allSatisfy { $0.count == width }, "Matrix(rows:) needs rows of equal length")
        self.init(rows: rowList.count, columns: width)
        for (i, row) in rowList.enumerated() {
            for (j, value) in row.enumerated() {
                elements[i + j * rows] = value
            }
        }
    }

    /// A matrix whose `j`-th column is `columns[j]`; an empty list gives the 0 × 0 matrix.
    /// - Precondition: every column has the same length.
    public init(columns columnList: [[Double]]) {
        let height = columnList.first?.count ?? 0
        precondition(
            columnList.allSatisfy { $0.count == height }, "Matrix(columns:) needs columns of equal length")
        self.init(rows: height, columns: columnList.count, columnMajor: Array(columnList.joined()))
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var result = Matrix(rows: n, columns: n)
        for i in 0..<n {
            result[i, i] = 1
        }
        return result
    }

    /// The entry in row `row` and column `column` (both zero-based).
    public subscript(row: Int, column: Int) -> Double {
        get {
            elements[index(row, column)]
        }
        set {
            elements[index(row, column)] = newValue
        }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < rows, "row \(i) is outside 0..<\(rows)")
        return (0..<columns).map { elements[i + $0 * rows] }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "column \(j) is outside 0..<\(columns)")
        return Array(elements[(j * rows)..<((j + 1) * rows)])
    }

    /// Whether the matrix has as many rows as columns.
    public var isSquare: Bool { rows == columns }

    public var description: String {
        let body = (0..<rows).map { i in row(i).map { "\($0)" }.joined(separator: ", ") }
        return "Matrix \(rows)×\(columns) [" + body.joined(separator: "; ") + "]"
    }

    @inline(__always)
    private func index(_ row: Int, _ column: Int) -> Int {
        precondition(
            row >= 0 && row < rows && column >= 0 && column < columns,
            "index (\(row), \(column)) is outside a \(rows)×\(columns) matrix")
        return row + column * rows
    }
}
