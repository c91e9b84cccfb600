import ArgumentParser
import Scenarios

/// `plancast estimate`'s stage-history export and how to read its columns.
struct StageHistoryColumnOptions: ParsableArguments {
    @Option(help: "A stage-history CSV: one row per deal per stage entered (deal id, stage, date entered), joined to --deals by id.")
    var stageHistory: String?

    @Option(help: "With --stage-history: the deal id column (default: deal_id, opportunity_id or id).")
    var stageHistoryIdColumn: String?

    @Option(help: "With --stage-history: the stage column (default: stage, to_stage or new_stage).")
    var stageHistoryStageColumn: String?

    @Option(help: "With --stage-history: the date-entered column (default: entered, entered_date, date or changed_at).")
    var stageHistoryDateColumn: String?

    func validate() throws {
        if stageHistory == nil, [stageHistoryIdColumn, stageHistoryStageColumn, stageHistoryDateColumn].contains(where: { $0 != nil }) {
            throw ValidationError("The --stage-history-…-column options need --stage-history.")
        }
    }

    /// Reading options; stage names equal to an outcome value mark the outcome, not a stage,
    /// and dates are read as the deal export's are.
    func options(outcomes deals: DealExportOptions) -> StageHistoryOptions {
        StageHistoryOptions(dealColumn: stageHistoryIdColumn, stageColumn: stageHistoryStageColumn,
                            enteredColumn: stageHistoryDateColumn, outcomeStages: deals.wonValues + deals.lostValues,
                            slashDates: deals.slashDates)
    }
}
