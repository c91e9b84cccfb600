import Statistics

extension ScenarioDecoder {
    /// `empirical: ../Data/example/monthly.csv#won_deals` — bootstrap from a CSV column's
    /// values (blank cells are skipped; every other cell must be a number).
    mutating func empirical(_ node: ScenarioNode) -> UncertainValue? {
        guard let reference = node.scalar?.text, let hash = reference.lastIndex(of: "#"),
              hash != reference.startIndex, reference.index(after: hash) != reference.endIndex
        else {
            mismatch(node, expected: "file.csv#column")
            return nil
        }
        let column = String(reference[reference.index(after: hash)...])
        guard let table = csv(String(reference[..<hash]), from: node),
              let index = columns([column], in: table, from: node)?.first
        else { return nil }
        let errorCount = errors.count
        var values: [Double] = []
        for record in table.records where index >= record.fields.count || !record.fields[index].trimmingSpaces().isEmpty {
            if let value = numericCell(record, index, of: table, allowNegative: true) { values.append(value) }
        }
        guard errors.count == errorCount else { return nil }
        do throws(DistributionError) {
            return .empirical(try Empirical(values: values))
        } catch {
            report(node, "\(table.file) column '\(column)' has no values to resample")
            return nil
        }
    }
}
