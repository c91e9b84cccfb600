import Forecasting

/// The steps behind `DealExport.parse`: find the columns, then read each row, collecting
/// every problem.
struct DealRowReader {
    typealias Column = ColumnLookup.Column

    struct Columns {
        let created: Column
        let closed: Column
        let outcome: Column
        let amount: Column?
        let stage: Column?
        let source: Column?
        let id: Column?
        let expectedClose: Column?
    }

    let options: DealExportOptions
    private var lookup: ColumnLookup
    private let won: Set<String>
    private let lost: Set<String>
    /// How the export writes decimals.
    private let dialect: CSVReader.Dialect

    var errors: [DataError] { lookup.errors }
    var header: [String] { lookup.header }

    init(file: String, options: DealExportOptions, header: [String], dialect: CSVReader.Dialect) {
        self.options = options
        self.dialect = dialect
        lookup = ColumnLookup(file: file, header: header, slashDates: options.slashDates)
        won = Set(options.wonValues.map(Self.normalized))
        lost = Set(options.lostValues.map(Self.normalized))
    }

    static func normalized(_ value: String) -> String { value.trimmingSpaces().lowercased() }

    mutating func resolveColumns() -> Columns? {
        typealias Names = DealExportOptions
        let created = lookup.column(options.createdColumn, Names.createdNames, role: "created date", option: "--date-column", required: true)
        let closed = lookup.column(options.closedColumn, Names.closedNames, role: "close date", option: "--close-date-column", required: true)
        let outcome = lookup.column(options.outcomeColumn, Names.outcomeNames, role: "outcome", option: "--outcome-column", required: true)
        let amount = lookup.column(options.amountColumn, Names.amountNames, role: "amount", option: "--amount-column", required: false)
        let stage = lookup.column(options.stageColumn, Names.stageNames, role: "stage", option: "--stage-column", required: false)
        let source = lookup.column(options.sourceColumn, Names.sourceNames, role: "source", option: "--source-column", required: false)
        let id = lookup.column(options.idColumn, Names.idNames, role: "deal id", option: "--id-column", required: false)
        let expected = lookup.column(options.expectedCloseColumn, Names.expectedCloseNames, role: "expected close date",
                                     option: "--expected-close-column", required: false)
        guard let created, let closed, let outcome, errors.isEmpty else { return nil }
        return Columns(created: created, closed: closed, outcome: outcome, amount: amount, stage: stage, source: source,
                       id: id, expectedClose: expected)
    }

    /// One row as a deal; nil (after reporting) when a cell cannot be read.
    mutating func deal(_ record: CSVReader.Record, columns: Columns) -> Deal? {
        let row = record.row
        guard record.fields.count == header.count else {
            lookup.fail(row, nil, "\(record.fields.count) fields; the header has \(header.count)")
            return nil
        }
        let lookup = self.lookup
        func cell(_ column: Column?) -> String { lookup.cell(record, column) }
        let outcomeText = Self.normalized(cell(columns.outcome))
        let outcome: DealOutcome = won.contains(outcomeText) ? .won : lost.contains(outcomeText) ? .lost : .open
        let before = errors.count
        let created = month(cell(columns.created), row: row, column: columns.created, required: outcome != .open)
        let closed = month(cell(columns.closed), row: row, column: columns.closed, required: outcome != .open)
        if outcome == .open, !cell(columns.closed).isEmpty {
            self.lookup.fail(row, columns.closed.name, "deal is open ('\(cell(columns.outcome))') but has a close date '\(cell(columns.closed))'")
        }
        if let created, let closed, closed < created {
            self.lookup.fail(row, columns.closed.name, "closed \(closed) before it was created \(created)")
        }
        let amount = self.amount(cell(columns.amount), row: row, column: columns.amount, outcome: outcome)
        let expected = columns.expectedClose.flatMap { month(cell($0), row: row, column: $0, required: false) }
        let id = cell(columns.id)
        if columns.id != nil, id.isEmpty { self.lookup.fail(row, columns.id?.name, "empty; every deal needs its id") }
        guard errors.count == before else { return nil }
        let source = cell(columns.source)
        // When one column holds both (Won/Lost/Engaging), a closed deal's "stage" is its outcome.
        let stage = columns.stage?.index == columns.outcome.index && outcome != .open ? "" : cell(columns.stage)
        return Deal(row: row, id: columns.id == nil ? nil : id, created: created, closed: outcome == .open ? nil : closed,
                    outcome: outcome, amount: amount,
                    source: columns.source == nil || source.isEmpty ? DealExport.allChannels : source,
                    stage: stage.isEmpty ? nil : stage, expectedClose: expected)
    }

    private mutating func month(_ text: String, row: Int, column: Column, required: Bool) -> YearMonth? {
        if text.isEmpty {
            if required { lookup.fail(row, column.name, "empty; a won or lost deal needs a date") }
            return nil
        }
        return lookup.date(text, row: row, column: column)?.month
    }

    private mutating func amount(_ text: String, row: Int, column: Column?, outcome: DealOutcome) -> Double? {
        guard let column, !text.isEmpty else {
            if outcome == .won, let column { lookup.fail(row, column.name, "empty; a won deal needs its amount") }
            return nil
        }
        guard let value = dialect.number(text.replacing("_", with: "")), value.isFinite else {
            lookup.fail(row, column.name, "'\(text)' is not a number")
            return nil
        }
        if value < 0 {
            lookup.fail(row, column.name, "amount \(NumberText.exact(value)) is negative")
        } else if value == 0, outcome == .won {
            lookup.fail(row, column.name, "a won deal's amount is 0; expected a positive amount")
        }
        return value
    }
}
