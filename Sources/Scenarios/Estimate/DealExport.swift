import Forecasting
import Foundation

/// A deal-level CRM export: one row per opportunity with its created date, close date (empty
/// while open), outcome, amount, source and stage.
///
/// Dates are `YYYY-MM-DD` or `YYYY-MM`; deals are placed in calendar months. Every problem is
/// reported with its file, row and column, all at once: missing columns, unreadable dates or
/// amounts, negative amounts, a won or lost deal without a close date, a close before the
/// creation, a won deal without a positive amount. An open deal may lack a created date (some
/// CRMs date a deal only once it is worked); it then counts for its stage but not for the
/// sales cycle. With an id column, ids must be unique (they join the deals to a `StageHistory`).
public struct DealExport: Sendable, Equatable {
    /// The channel name given to every deal when the export has no source column.
    public static let allChannels = "all"

    /// The file name used in messages.
    public var file: String
    public var deals: [Deal]
    /// The last month the export covers: the latest created or close month. Deals still open
    /// are taken as watched to the end of it.
    public var asOf: YearMonth

    /// Reads and parses a CSV file; messages name the file by its last path component.
    /// - Throws: `DataErrors` listing every problem found.
    public static func load(contentsOf url: URL, options: DealExportOptions = DealExportOptions()) throws(DataErrors) -> DealExport {
        let (name, text) = try CSVReader.text(of: url)
        return try parse(text, file: name, options: options)
    }

    /// Parses CSV text.
    /// - Throws: `DataErrors` listing every problem found.
    /// - Complexity: O(rows × columns).
    public static func parse(_ text: String, file: String, options: DealExportOptions = DealExportOptions()) throws(DataErrors) -> DealExport {
        let (header, rows, dialect) = try CSVReader.table(text, file: file, rowDescription: "one deal")
        var reader = DealRowReader(file: file, options: options, header: header.fields, dialect: dialect)
        guard let columns = reader.resolveColumns() else { throw DataErrors(reader.errors) }
        let deals = rows.compactMap { reader.deal($0, columns: columns) }
        let errors = reader.errors + duplicateIDs(deals, file: file, column: columns.id?.name)
        guard errors.isEmpty else { throw DataErrors(errors) }
        let months = deals.flatMap { [$0.created, $0.closed].compactMap { $0 } }
        guard let asOf = months.max() else {
            throw DataErrors([DataError(file: file, column: columns.created.name, message: "no deal has a date")])
        }
        return DealExport(file: file, deals: deals, asOf: asOf)
    }

    /// A deal id that appears twice, which would make a stage history's join ambiguous.
    static func duplicateIDs(_ deals: [Deal], file: String, column: String?) -> [DataError] {
        var firstRow: [String: Int] = [:]
        return deals.compactMap { deal in
            guard let id = deal.id else { return nil }
            if let first = firstRow[id] {
                return DataError(file: file, row: deal.row, column: column, message: "deal id '\(id)' already appears in row \(first)")
            }
            firstRow[id] = deal.row
            return nil
        }
    }

    /// The channels in order of first appearance.
    public var channels: [String] {
        var seen = Set<String>()
        return deals.map(\.source).filter { seen.insert($0).inserted }
    }
}
