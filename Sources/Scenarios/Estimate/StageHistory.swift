import Forecasting
import Foundation

/// A stage-history export: one row per deal per stage entered, with the date it was entered
/// (Salesforce's `OpportunityHistory`, HubSpot's deal stage history, Pipedrive's deal flow).
///
/// Joined to a `DealExport` by deal id, it says which stages each deal ever reached, which is
/// what a stage's win rate needs: "of the deals that reached proposal, how many were won". An
/// export of last stages cannot say that (deals that died early never show a later stage).
/// Rows whose stage is an outcome (`StageHistoryOptions.outcomeStages`) are read but are not
/// stages reached: the outcome comes from the deal export.
public struct StageHistory: Sendable, Equatable {
    /// One stage entered by one deal.
    public struct Entry: Sendable, Equatable {
        /// The row of the export (the header is row 1).
        public let row: Int
        public let dealID: String
        public let stage: String
        /// The month the stage was entered.
        public let entered: YearMonth
        /// The day of that month (1 when the export gives only the month), for ordering.
        public let day: Int
    }

    /// The file name used in messages.
    public var file: String
    /// Every row that is a stage (outcome rows left out), in the export's order.
    public var entries: [Entry]

    /// Reads and parses a CSV file; messages name the file by its last path component.
    /// - Throws: `DataErrors` listing every problem found.
    public static func load(contentsOf url: URL, options: StageHistoryOptions = StageHistoryOptions()) throws(DataErrors) -> StageHistory {
        let (name, text) = try CSVReader.text(of: url)
        return try parse(text, file: name, options: options)
    }

    /// Parses CSV text: every problem (missing column, empty id or stage, unreadable date,
    /// wrong number of fields) is reported with its row and column.
    /// - Throws: `DataErrors` listing every problem found.
    /// - Complexity: O(rows × columns).
    public static func parse(_ text: String, file: String, options: StageHistoryOptions = StageHistoryOptions()) throws(DataErrors) -> StageHistory {
        let (header, rows, _) = try CSVReader.table(text, file: file, rowDescription: "one stage entry")
        var lookup = ColumnLookup(file: file, header: header.fields, slashDates: options.slashDates)
        let deal = lookup.column(options.dealColumn, StageHistoryOptions.dealNames, role: "deal id", option: "--stage-history-id-column", required: true)
        let stage = lookup.column(options.stageColumn, StageHistoryOptions.stageNames, role: "stage", option: "--stage-history-stage-column", required: true)
        let entered = lookup.column(options.enteredColumn, StageHistoryOptions.enteredNames, role: "date entered",
                                    option: "--stage-history-date-column", required: true)
        guard let deal, let stage, let entered, lookup.errors.isEmpty else { throw DataErrors(lookup.errors) }
        let outcomes = Set(options.outcomeStages.map { $0.trimmingSpaces().lowercased() })
        var entries: [Entry] = []
        for record in rows {
            guard record.fields.count == lookup.header.count else {
                lookup.fail(record.row, nil, "\(record.fields.count) fields; the header has \(lookup.header.count)")
                continue
            }
            let id = lookup.cell(record, deal), name = lookup.cell(record, stage), date = lookup.cell(record, entered)
            if id.isEmpty { lookup.fail(record.row, deal.name, "empty; every entry needs its deal id") }
            if name.isEmpty { lookup.fail(record.row, stage.name, "empty; every entry needs its stage") }
            guard let day = date.isEmpty ? nil : lookup.date(date, row: record.row, column: entered) else {
                if date.isEmpty { lookup.fail(record.row, entered.name, "empty; every entry needs the date its stage was entered") }
                continue
            }
            guard !id.isEmpty, !name.isEmpty, !outcomes.contains(name.lowercased()) else { continue }
            entries.append(Entry(row: record.row, dealID: id, stage: name, entered: day.month, day: day.day))
        }
        guard lookup.errors.isEmpty else { throw DataErrors(lookup.errors) }
        return StageHistory(file: file, entries: entries)
    }
}
