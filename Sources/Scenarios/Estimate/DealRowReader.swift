import Forecasting
import Foundation

/// The steps behind `DealExport.parse`: find the columns, then read each row, collecting
/// every problem.
struct DealRowReader {
    /// A resolved column: its header name and position.
    struct Column {
        let name: String
        let index: Int
    }

    struct Columns {
        let created: Column
        let closed: Column
        let outcome: Column
        let amount: Column?
        let stage: Column?
        let source: Column?
    }

    let file: String
    let options: DealExportOptions
    let header: [String]
    private(set) var errors = [DataError]()
    private let won: Set<String>
    private let lost: Set<String>

    init(file: String, options: DealExportOptions, header: [String]) {
        self.file = file
        self.options = options
        self.header = header.map { $0.trimmingCharacters(in: .whitespaces) }
        won = Set(options.wonValues.map(Self.normalized))
        lost = Set(options.lostValues.map(Self.normalized))
    }

    static func normalized(_ value: String) -> String { value.trimmingCharacters(in: .whitespaces).lowercased() }

    private mutating func fail(_ row: Int?, _ column: String?, _ message: String) {
        errors.append(DataError(file: file, row: row, column: column, message: message))
    }

    /// The named column, or the first usual name present; reports a missing required column.
    private mutating func column(_ given: String?, _ usual: [String], role: String, option: String, required: Bool) -> Column? {
        let lowered = header.map { $0.lowercased() }
        if let given {
            if let index = header.firstIndex(of: given) ?? lowered.firstIndex(of: given.lowercased()) {
                return Column(name: header[index], index: index)
            }
            fail(1, given, "no column '\(given)' for the \(role) (columns: \(header.joined(separator: ", ")))")
            return nil
        }
        if let index = usual.lazy.compactMap({ lowered.firstIndex(of: $0) }).first {
            return Column(name: header[index], index: index)
        }
        if required {
            fail(1, nil, "no \(role) column: expected one named \(usual.joined(separator: ", ")) or given with \(option) (columns: \(header.joined(separator: ", ")))")
        }
        return nil
    }

    mutating func resolveColumns() -> Columns? {
        let created = column(options.createdColumn, DealExportOptions.createdNames, role: "created date", option: "--date-column", required: true)
        let closed = column(options.closedColumn, DealExportOptions.closedNames, role: "close date", option: "--close-date-column", required: true)
        let outcome = column(options.outcomeColumn, DealExportOptions.outcomeNames, role: "outcome", option: "--outcome-column", required: true)
        let amount = column(options.amountColumn, DealExportOptions.amountNames, role: "amount", option: "--amount-column", required: false)
        let stage = column(options.stageColumn, DealExportOptions.stageNames, role: "stage", option: "--stage-column", required: false)
        let source = column(options.sourceColumn, DealExportOptions.sourceNames, role: "source", option: "--source-column", required: false)
        guard let created, let closed, let outcome, errors.isEmpty else { return nil }
        return Columns(created: created, closed: closed, outcome: outcome, amount: amount, stage: stage, source: source)
    }

    /// One row as a deal; nil (after reporting) when a cell cannot be read.
    mutating func deal(_ record: CSVReader.Record, columns: Columns) -> Deal? {
        let row = record.row
        guard record.fields.count == header.count else {
            fail(row, nil, "\(record.fields.count) fields; the header has \(header.count)")
            return nil
        }
        func cell(_ column: Column?) -> String { column.map { record.fields[$0.index].trimmingCharacters(in: .whitespaces) } ?? "" }
        let outcomeText = Self.normalized(cell(columns.outcome))
        let outcome: DealOutcome = won.contains(outcomeText) ? .won : lost.contains(outcomeText) ? .lost : .open
        let before = errors.count
        let created = month(cell(columns.created), row: row, column: columns.created, required: outcome != .open)
        let closed = month(cell(columns.closed), row: row, column: columns.closed, required: outcome != .open)
        if outcome == .open, !cell(columns.closed).isEmpty {
            fail(row, columns.closed.name, "deal is open ('\(cell(columns.outcome))') but has a close date '\(cell(columns.closed))'")
        }
        if let created, let closed, closed < created {
            fail(row, columns.closed.name, "closed \(closed) before it was created \(created)")
        }
        let amount = self.amount(cell(columns.amount), row: row, column: columns.amount, outcome: outcome)
        guard errors.count == before else { return nil }
        let source = cell(columns.source)
        // When one column holds both (Won/Lost/Engaging), a closed deal's "stage" is its outcome.
        let stage = columns.stage?.index == columns.outcome.index && outcome != .open ? "" : cell(columns.stage)
        return Deal(row: row, created: created, closed: outcome == .open ? nil : closed, outcome: outcome, amount: amount,
                    source: columns.source == nil || source.isEmpty ? DealExport.allChannels : source,
                    stage: stage.isEmpty ? nil : stage)
    }

    private mutating func month(_ text: String, row: Int, column: Column, required: Bool) -> YearMonth? {
        if text.isEmpty {
            if required { fail(row, column.name, "empty; a won or lost deal needs a date") }
            return nil
        }
        switch CalendarDate(parsing: text) {
        case .day(let year, let month, _), .month(let year, let month):
            return YearMonth(year: year, month: month)
        default:
            fail(row, column.name, "'\(text)' is not a date (expected YYYY-MM-DD or YYYY-MM)")
            return nil
        }
    }

    private mutating func amount(_ text: String, row: Int, column: Column?, outcome: DealOutcome) -> Double? {
        guard let column, !text.isEmpty else {
            if outcome == .won, let column { fail(row, column.name, "empty; a won deal needs its amount") }
            return nil
        }
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else {
            fail(row, column.name, "'\(text)' is not a number")
            return nil
        }
        if value < 0 {
            fail(row, column.name, "amount \(NumberText.exact(value)) is negative")
        } else if value == 0, outcome == .won {
            fail(row, column.name, "a won deal's amount is 0; expected a positive amount")
        }
        return value
    }
}
