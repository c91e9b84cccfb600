extension Matrix {
    /// The transpose `Aᵀ`.
    /// - Complexity: O(rows · columns).
    public var transposed: Matrix {
        var result = [Double](repeating: 0, count: elements.count)
        for j in 0..<columns {
            for i in 0..<rows {
                result[j + i * columns] = elements[i + j * rows]
            }
        }
        return Matrix(rows: columns, columns: rows, columnMajor: result)
    }

    /// The product `A B`.
    ///
    /// Column-oriented "saxpy" form (Golub & Van Loan, *Matrix Computations*, 4th ed., §1.1):
    /// column `j` of the result is `Σₖ b[k, j] · A[:, k]`, which walks both operands
    /// contiguously. Plain Swift, no BLAS: the matrices in Plancast are small (tens of columns).
    /// - Precondition: `lhs.columns == rhs.rows`.
    /// - Complexity: O(lhs.rows · lhs.columns · rhs.columns).
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(
            lhs.columns == rhs.rows,
            "cannot multiply a \(lhs.rows)×\(lhs.columns) matrix by a \(rhs.rows)×\(rhs.columns) matrix")
        let m = lhs.rows
        let inner = lhs.columns
        let a = lhs.elements
        let b = rhs.elements
        var result = [Double](repeating: 0, count: m * rhs.columns)
        for j in 0..<rhs.columns {
            for k in 0..<inner {
                let scale: Double = b[k + j * inner]
                let source = k * m
                let target = j * m
                for i in 0..<m {
                    result[target + i] += scale * a[source + i]
                }
            }
        }
        return Matrix(rows: m, columns: rhs.columns, columnMajor: result)
    }

    /// The matrix–vector product `A x`.
    /// - Precondition: `vector.count == matrix.columns`.
    /// - Complexity: O(rows · columns).
    public static func * (matrix: Matrix, vector: [Double]) -> [Double] {
        precondition(
            matrix.columns == vector.count,
            "cannot multiply a \(matrix.rows)×\(matrix.columns) matrix by a vector of length \(vector.count)")
        var result = [Double](repeating: 0, count: matrix.rows)
        for k in 0..<matrix.columns {
            let scale = vector[k]
            let offset = k * matrix.rows
            for i in 0..<matrix.rows {
                result[i] += scale * matrix.elements[offset + i]
            }
        }
        return result
    }

    /// The quadratic form `xᵀ A x`.
    /// - Precondition: the matrix is square and `x.count == columns`.
    /// - Complexity: O(rows · columns).
    public func quadraticForm(_ x: [Double]) -> Double {
        precondition(isSquare, "quadraticForm needs a square matrix, got \(rows)×\(columns)")
        return zip(x, self * x).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
