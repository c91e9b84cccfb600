/// A plain-text table: the first column left-aligned, the others right-aligned, columns two
/// spaces apart.
struct TextTable {
    let header: [String]
    private(set) var rows = [[String]]()

    init(header: [String]) { self.header = header }

    mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "one cell per column")
        rows.append(row)
    }

    func write(to stream: inout some TextOutputStream) {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        for row in all {
            let cells = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            stream.write("  " + cells.joined(separator: "  ") + "\n")
        }
    }
}
