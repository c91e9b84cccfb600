/// Which columns of a deal export hold what, and which outcome values mean won or lost.
///
/// A column left nil is looked up by its usual names (first match, case-insensitive):
/// created date `created`, `created_date`, `create_date`, `engage_date`; close date `closed`,
/// `close_date`, `closed_date`; outcome `outcome`, `status`, `deal_stage`; amount `amount`,
/// `close_value`, `value`; stage `stage`, `deal_stage`; source `source`, `channel`,
/// `lead_source`; id `id`, `deal_id`, `opportunity_id`; expected close date `expected_close`,
/// `expected_close_date`, `planned_close`, `close_date_expected`. Created, close and outcome
/// columns are required; the others are optional (without a source every deal is in one
/// channel; an id is needed to join a stage history; an expected close date gives the slip).
public struct DealExportOptions: Sendable, Equatable {
    public var createdColumn: String?
    public var closedColumn: String?
    public var outcomeColumn: String?
    public var amountColumn: String?
    public var stageColumn: String?
    public var sourceColumn: String?
    public var idColumn: String?
    public var expectedCloseColumn: String?
    /// Outcome values that mean won, compared case-insensitively after trimming.
    public var wonValues: [String]
    /// Outcome values that mean lost; every other value (or an empty cell) means open.
    public var lostValues: [String]
    /// How to read dates written with slashes and the year last.
    public var slashDates: SlashDateReading

    public static let defaultWonValues = ["won", "closed won", "closed_won"]
    public static let defaultLostValues = ["lost", "closed lost", "closed_lost"]

    public init(createdColumn: String? = nil, closedColumn: String? = nil, outcomeColumn: String? = nil,
                amountColumn: String? = nil, stageColumn: String? = nil, sourceColumn: String? = nil,
                idColumn: String? = nil, expectedCloseColumn: String? = nil,
                wonValues: [String] = defaultWonValues, lostValues: [String] = defaultLostValues,
                slashDates: SlashDateReading = SlashDateReading()) {
        self.createdColumn = createdColumn
        self.closedColumn = closedColumn
        self.outcomeColumn = outcomeColumn
        self.amountColumn = amountColumn
        self.stageColumn = stageColumn
        self.sourceColumn = sourceColumn
        self.idColumn = idColumn
        self.expectedCloseColumn = expectedCloseColumn
        self.wonValues = wonValues
        self.lostValues = lostValues
        self.slashDates = slashDates
    }

    static let createdNames = ["created", "created_date", "create_date", "engage_date"]
    static let closedNames = ["closed", "close_date", "closed_date"]
    static let outcomeNames = ["outcome", "status", "deal_stage"]
    static let amountNames = ["amount", "close_value", "value"]
    static let stageNames = ["stage", "deal_stage"]
    static let sourceNames = ["source", "channel", "lead_source"]
    static let idNames = ["id", "deal_id", "opportunity_id"]
    static let expectedCloseNames = ["expected_close", "expected_close_date", "planned_close", "close_date_expected"]
}
