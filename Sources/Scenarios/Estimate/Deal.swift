import Forecasting

/// How an opportunity ended, or that it has not yet.
public enum DealOutcome: String, CaseIterable, Codable, Sendable {
    case won
    case lost
    /// Still open when the export was taken: neither a win nor a loss (right-censored).
    case open
}

/// One opportunity from a CRM export, as `DealExport` reads it.
public struct Deal: Sendable, Equatable {
    /// The row of the export it came from (the header is row 1).
    public var row: Int
    /// The deal's id, which joins it to a stage history; nil when the export has no id column.
    public var id: String?
    /// The month the deal was created; nil for an open deal exported without a date.
    public var created: YearMonth?
    /// The month it closed (won or lost); nil while open.
    public var closed: YearMonth?
    public var outcome: DealOutcome
    /// The deal's value; nil when the export leaves it empty (open or lost deals).
    public var amount: Double?
    /// The lead source or channel; `DealExport.allChannels` when the export has none.
    public var source: String
    /// The last stage the deal reached (for open deals, its current stage); nil when unknown.
    public var stage: String?
    /// The month the CRM expected it to close; nil when the export has no such column or cell.
    public var expectedClose: YearMonth?

    public init(row: Int, id: String? = nil, created: YearMonth?, closed: YearMonth?, outcome: DealOutcome, amount: Double?,
                source: String, stage: String?, expectedClose: YearMonth? = nil) {
        self.row = row
        self.id = id
        self.created = created
        self.closed = closed
        self.outcome = outcome
        self.amount = amount
        self.source = source
        self.stage = stage
        self.expectedClose = expectedClose
    }
}
