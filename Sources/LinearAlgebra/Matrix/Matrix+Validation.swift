extension Matrix {
    /// Throws unless every entry is finite; `argument` names the matrix in the error.
    func requireFinite(argument: String) throws(LinearAlgebraError) {
        for j in 0..<columns {
            for i in 0..<rows where !elements[i + j * rows].isFinite {
                throw .nonFinite(argument: argument, row: i, column: j, value: elements[i + j * rows])
            }
        }
    }

    /// Throws unless the matrix has at least one row and one column.
    func requireNonEmpty(argument: String) throws(LinearAlgebraError) {
        if rows == 0 || columns == 0 {
            throw .empty(argument: argument, rows: rows, columns: columns)
        }
    }
}

extension Array where Element == Double {
    /// Throws unless every entry is finite; `argument` names the vector in the error.
    func requireFinite(argument: String) throws(LinearAlgebraError) {
        if let index = firstIndex(where: { !$0.isFinite }) {
            throw .nonFinite(argument: argument, row: index, column: 0, value: self[index])
        }
    }
}
