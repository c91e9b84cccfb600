/// Which columns of a stage-history export hold what, and which stage names are outcomes.
///
/// A column left nil is looked up by its usual names (first match, case-insensitive): deal id
/// `deal_id`, `opportunity_id`, `id`; stage `stage`, `to_stage`, `new_stage`; date entered
/// `entered`, `entered_date`, `date`, `changed_at`. All three are required.
public struct StageHistoryOptions: Sendable, Equatable {
    public var dealColumn: String?
    public var stageColumn: String?
    public var enteredColumn: String?
    /// Stage names that record the outcome ("Closed Won"), not a stage of the open pipeline:
    /// compared case-insensitively after trimming, and left out of the stages reached.
    public var outcomeStages: [String]
    /// How to read dates written with slashes and the year last.
    public var slashDates: SlashDateReading

    public init(dealColumn: String? = nil, stageColumn: String? = nil, enteredColumn: String? = nil,
                outcomeStages: [String] = DealExportOptions.defaultWonValues + DealExportOptions.defaultLostValues,
                slashDates: SlashDateReading = SlashDateReading()) {
        self.dealColumn = dealColumn
        self.stageColumn = stageColumn
        self.enteredColumn = enteredColumn
        self.outcomeStages = outcomeStages
        self.slashDates = slashDates
    }

    static let dealNames = ["deal_id", "opportunity_id", "id"]
    static let stageNames = ["stage", "to_stage", "new_stage"]
    static let enteredNames = ["entered", "entered_date", "date", "changed_at"]
}
