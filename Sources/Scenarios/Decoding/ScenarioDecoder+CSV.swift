extension ScenarioDecoder {
    /// Reads the CSV file `reference` names, relative to the file holding `node`; reports a
    /// missing file, an unterminated quote or an empty file.
    mutating func csv(_ reference: String, from node: ScenarioNode) -> ReferencedCSV? {
        let path = FilePath.resolve(reference, relativeTo: node.location.file)
        let text: String
        do {
            text = try files.contents(of: path)
        } catch {
            report(node, "cannot read \(path): \(error)")
            return nil
        }
        let records: [CSVReader.Record]
        switch DataFileCache.shared.records(text) {
        case .success(let parsed):
            records = parsed
        case .failure(let error):
            report(at: SourceLocation(file: path, line: error.row, column: 1), path: "",
                   "a quoted field is never closed (missing \")")
            return nil
        }
        guard let header = records.first else {
            report(node, "\(path) is empty; expected a header row and data rows")
            return nil
        }
        return ReferencedCSV(file: path, text: text, dialect: CSVReader.Dialect(detecting: text), header: header.fields, records: Array(records.dropFirst()))
    }

    /// The positions of the named columns; reports each missing one at `node` (the reference).
    mutating func columns(_ names: [String], in table: ReferencedCSV, from node: ScenarioNode) -> [Int]? {
        var indices: [Int] = []
        for name in names {
            guard let index = table.columnIndex(name) else {
                let header = table.header.map { $0.trimmingSpaces() }
                report(node, "\(table.file) has no column '\(name)' (columns: \(header.joined(separator: ", ")))",
                       suggestion: Suggestion.didYouMean(name, in: header))
                continue
            }
            indices.append(index)
        }
        return indices.count == names.count ? indices : nil
    }

    /// The cell of `record` in column `index`, trimmed; nil (reported) when the row is short.
    mutating func cell(_ record: CSVReader.Record, _ index: Int, of table: ReferencedCSV) -> String? {
        guard index < record.fields.count else {
            report(at: table.location(row: record.row, column: index), path: table.header[index].trimmingSpaces(),
                   "the row has \(record.fields.count) cells, expected at least \(index + 1)")
            return nil
        }
        return record.fields[index].trimmingSpaces()
    }

    /// A numeric cell (finite, and not negative unless `allowNegative`).
    mutating func numericCell(_ record: CSVReader.Record, _ index: Int, of table: ReferencedCSV, allowNegative: Bool = false) -> Double? {
        guard let text = cell(record, index, of: table) else { return nil }
        let column = table.header[index].trimmingSpaces()
        let location = table.location(row: record.row, column: index)
        guard let value = table.dialect.number(text), value.isFinite else {
            report(at: location, path: column, "expected a number, found '\(text)'", expected: "a number", found: "'\(text)'")
            return nil
        }
        guard allowNegative || value >= 0 else {
            report(at: location, path: column, "\(column) cannot be negative, found \(NumberText.exact(value))")
            return nil
        }
        return value
    }
}
