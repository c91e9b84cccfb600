import Forecasting

/// The steps behind `HistoryTable.parse`: columns, dates, frequency, values, then series.
struct HistoryParser {
    let file: String
    let options: HistoryOptions
    private(set) var errors = [DataError]()
    /// Problems that do not stop the reading (`HistoryTable.warnings`).
    var warnings = [DataError]()

    init(file: String, options: HistoryOptions) {
        self.file = file
        self.options = options
    }

    /// One cell of a series: where it is and what it says.
    struct Cell {
        let row: Int
        let date: String
        let value: String
    }

    /// Errors in first-seen order without repeats: in a wide file a repeated date is the same
    /// problem for every value column.
    static func distinct(_ errors: [DataError]) -> [DataError] {
        var seen = Set<String>()
        return errors.filter { seen.insert($0.description).inserted }
    }

    mutating func fail(_ row: Int?, _ column: String?, _ message: String) {
        errors.append(DataError(file: file, row: row, column: column, message: message))
    }

    mutating func parse(_ text: String) throws(DataErrors) -> HistoryTable {
        let (header, rows, dialect) = try CSVReader.table(text, file: file, rowDescription: "one row of values")
        let names = header.fields.map { $0.trimmingSpaces() }
        guard let (dateColumn, columnGroups) = columns(names, records: Array(rows)) else { throw DataErrors(errors) }
        var groups = columnGroups
        var textColumns = [TextColumn]()
        if case .wide = options.layout {
            textColumns = Self.textColumns(groups, dialect: dialect)
            // Rows to be summed repeat their dates by design.
            guard let dates = groups.first?.cells,
                  options.sumWithinPeriods || checkOneRowPerDate(dates, dateColumn: dateColumn, textColumns: textColumns.map(\.name)) else {
                throw DataErrors(errors)
            }
            groups.removeAll { group in textColumns.contains { $0.name == group.column } }
        }
        // Every column's dates, text columns' too: they are the file's dates all the same.
        guard let (frequency, dates) = readDates(columnGroups.flatMap(\.cells), dateColumn: dateColumn), errors.isEmpty else {
            throw DataErrors(errors)
        }
        for column in textColumns { report(column) }
        var series = [DatedSeries]()
        var filled = [String: [Period]]()
        for group in groups {
            var assembler = SeriesAssembler(file: file, id: group.id, column: group.column, dateColumn: dateColumn, frequency: frequency, options: options, dialect: dialect)
            if let result = assembler.assemble(group.cells, dates: dates) {
                series.append(result.series)
                if !result.filled.isEmpty { filled[group.id] = result.filled }
            }
            errors += assembler.errors
        }
        guard errors.isEmpty else { throw DataErrors(Self.distinct(errors).sorted { ($0.row ?? 0) < ($1.row ?? 0) }) }
        if options.sumWithinPeriods { warnOfPartialEnds(columnGroups.flatMap(\.cells), dates: dates, frequency: frequency, dateColumn: dateColumn) }
        return HistoryTable(file: file, frequency: frequency, series: series, filledPeriods: filled, warnings: warnings)
    }

    /// A series' cells with its id and the column its values are in.
    struct Group {
        let id: String
        let column: String
        var cells: [Cell]
    }

    private static let dateColumnNames: Set<String> = ["date", "period", "month", "week", "quarter", "year", "ds"]

    private mutating func columns(_ names: [String], records: [CSVReader.Record]) -> (String, [Group])? {
        func index(_ name: String) -> Int? {
            if let found = names.firstIndex(of: name) { return found }
            fail(1, nil, "no column \"\(name)\"; the columns are \(names.map { "\"\($0)\"" }.joined(separator: ", "))")
            return nil
        }
        func cell(_ record: CSVReader.Record, _ column: Int) -> String {
            column < record.fields.count ? record.fields[column].trimmingSpaces() : ""
        }
        switch options.layout {
        case let .wide(dateName, valueNames):
            let dateIndex = dateName.map { index($0) } ?? (names.firstIndex { Self.dateColumnNames.contains($0.lowercased()) } ?? 0)
            let valueIndices = valueNames.map { $0.map { index($0) } } ?? unnamedChecked(names.indices.filter { $0 != dateIndex }, names: names, records: records)
            guard let dateIndex, !valueIndices.contains(nil) else { return nil }
            guard !valueIndices.isEmpty else {
                fail(1, nil, "no value columns: expected a date column and at least one numeric column")
                return nil
            }
            guard uniquelyNamed([dateIndex] + valueIndices.compactMap { $0 }, names: names) else { return nil }
            let groups = valueIndices.compactMap { $0 }.map { column in
                Group(id: names[column], column: names[column], cells: records.map { Cell(row: $0.row, date: cell($0, dateIndex), value: cell($0, column)) })
            }
            return (names[dateIndex], groups)
        case let .long(idName, dateName, valueName):
            let indices = [index(idName), index(dateName), index(valueName)]
            guard case let .some(idIndex) = indices[0], case let .some(dateIndex) = indices[1], case let .some(valueIndex) = indices[2],
                  uniquelyNamed([idIndex, dateIndex, valueIndex], names: names) else { return nil }
            var groups = [Group]()
            var position = [String: Int]()
            for record in records {
                let id = cell(record, idIndex)
                guard !id.isEmpty else {
                    fail(record.row, idName, "empty series id")
                    continue
                }
                if position[id] == nil {
                    position[id] = groups.count
                    groups.append(Group(id: id, column: valueName, cells: []))
                }
                groups[position[id]!].cells.append(Cell(row: record.row, date: cell(record, dateIndex), value: cell(record, valueIndex)))
            }
            return (dateName, groups)
        }
    }

    /// The default value columns without the unnamed ones: an unnamed column with no values
    /// (from a comma at the end of every line) is no column at all, and one with values is an
    /// error, since nothing could name its series. A column in error is nil.
    private mutating func unnamedChecked(_ columns: [Int], names: [String], records: [CSVReader.Record]) -> [Int?] {
        var kept = [Int?]()
        for column in columns {
            guard names[column].isEmpty else {
                kept.append(column)
                continue
            }
            let filled = records.first { column < $0.fields.count && !$0.fields[column].trimmingSpaces().isEmpty }
            if let filled {
                fail(filled.row, nil, "column \(column + 1) has values but no name in the header row; name it")
                kept.append(nil)
            }
        }
        return kept
    }

    /// Whether each column read has a name no other column shares: a name selects only the
    /// first of them, so the others would be ignored. Reports each shared name once.
    private mutating func uniquelyNamed(_ used: [Int], names: [String]) -> Bool {
        var reported = Set<String>()
        for column in used where !reported.contains(names[column]) {
            let same = names.indices.filter { names[$0] == names[column] }
            guard same.count > 1 else { continue }
            fail(1, names[column], "\(same.count) columns have this name (columns \(same.map { "\($0 + 1)" }.joined(separator: ", "))); rename all but one")
            reported.insert(names[column])
        }
        return reported.isEmpty
    }

    /// Parses each row's date once (a wide file's row is a cell of every column) and settles
    /// the frequency; nil after reporting a cell that is no date, or dates that mix spellings
    /// or follow no frequency.
    private mutating func readDates(_ cells: [Cell], dateColumn: String) -> (frequency: Frequency, dates: [Int: CalendarDate])? {
        var dates = [CalendarDate]()
        var byRow = [Int: CalendarDate]()
        var seen = Set<Int>()
        // Dates with slashes and the year last, refused for want of an order: one error for
        // them all, since each lacks the same thing rather than having a typo of its own.
        var unordered = [Cell]()
        for cell in cells where seen.insert(cell.row).inserted {
            guard let date = options.slashDates.date(cell.date) else {
                if options.slashDates.lacksOrder(cell.date) {
                    unordered.append(cell)
                } else {
                    fail(cell.row, dateColumn, notADate(cell.date))
                }
                continue
            }
            if let first = dates.first, first.format != date.format {
                fail(cell.row, dateColumn, "\"\(cell.date)\" is written as \(date.format) but earlier dates are \(first.format)")
                continue
            }
            dates.append(date)
            byRow[cell.row] = date
        }
        if let first = unordered.first {
            fail(first.row, dateColumn, notADate(first.date, alike: unordered.count - 1))
        }
        guard errors.isEmpty else { return nil }
        guard let frequency = options.frequency ?? Frequency.infer(from: dates) else {
            fail(nil, dateColumn, "cannot tell whether the dates are weekly, monthly, quarterly or yearly; give the frequency")
            return nil
        }
        return (frequency, byRow)
    }

    /// The error for a date cell that is no date, with advice for slashes and the year last;
    /// `alike` counts further cells refused for the same reason.
    private func notADate(_ text: String, alike: Int = 0) -> String {
        let others = alike > 0 ? " (and \(alike) more date\(alike == 1 ? "" : "s") written so)" : ""
        return "\"\(text)\"\(others) is not a date; expected YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Www or YYYY" + options.slashDates.refusal(text)
    }
}
