import ArgumentParser
import Scenarios

/// How to read a deal export's columns and the dates of every export, shared by `estimate`
/// and `check`.
struct DealColumnOptions: ParsableArguments {
    @OptionGroup var dateOrder: DateOrderOption

    @Option(help: "The deal's created date column (default: created, created_date, create_date or engage_date).")
    var dateColumn: String?

    @Option(help: "The close date column, empty while open (default: closed, close_date or closed_date).")
    var closeDateColumn: String?

    @Option(help: "The outcome column (default: outcome, status or deal_stage).")
    var outcomeColumn: String?

    @Option(help: "The amount column (default: amount, close_value or value).")
    var amountColumn: String?

    @Option(help: "The last-stage column (default: stage or deal_stage).")
    var stageColumn: String?

    @Option(help: "The lead source or channel column (default: source, channel or lead_source; none puts all deals in one channel).")
    var sourceColumn: String?

    @Option(help: "The deal id column, which joins a stage history (default: id, deal_id or opportunity_id).")
    var idColumn: String?

    @Option(help: "The expected close date column, for the pipeline's slip (default: expected_close, expected_close_date, planned_close or close_date_expected).")
    var expectedCloseColumn: String?

    @Option(help: "Comma-separated outcome values that mean won (default: won, closed won, closed_won).")
    var wonValues: String?

    @Option(help: "Comma-separated outcome values that mean lost (default: lost, closed lost, closed_lost).")
    var lostValues: String?

    var exportOptions: DealExportOptions {
        func list(_ text: String?) -> [String]? { text.map { $0.split(separator: ",").map(String.init) } }
        return DealExportOptions(
            createdColumn: dateColumn, closedColumn: closeDateColumn, outcomeColumn: outcomeColumn,
            amountColumn: amountColumn, stageColumn: stageColumn, sourceColumn: sourceColumn,
            idColumn: idColumn, expectedCloseColumn: expectedCloseColumn,
            wonValues: list(wonValues) ?? DealExportOptions.defaultWonValues,
            lostValues: list(lostValues) ?? DealExportOptions.defaultLostValues,
            slashDates: dateOrder.slashDates)
    }
}
