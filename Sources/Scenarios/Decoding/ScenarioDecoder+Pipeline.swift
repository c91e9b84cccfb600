import Forecasting
import Simulation
import Statistics

extension ScenarioDecoder {
    /// The columns a pipeline export must have.
    static let pipelineColumns = ["id", "stage", "amount", "close_month"]

    /// `pipeline: { deals: file.csv, win_rate: { stage: rate, … }, slip }`.
    mutating func pipeline(_ node: ScenarioNode) -> Pipeline? {
        guard let fields = fields(node, "a mapping { deals, win_rate, slip }",
                                  allowed: ["deals", "win_rate", "slip"], required: ["deals", "win_rate"])
        else { return nil }
        let winRates = fields["win_rate"].flatMap { self.winRates($0) }
        let slip = fields["slip"].flatMap { value($0, .rate("slip")) }
        let stageNames = fields["win_rate"]?.entries?.map(\.key)
        let deals = fields["deals"].flatMap { self.deals($0, stages: stageNames) }
        guard let winRates, let deals, fields["slip"] == nil || slip != nil else { return nil }
        return Pipeline(deals: deals, winRates: winRates, slip: slip ?? .fixed(0))
    }

    private mutating func winRates(_ node: ScenarioNode) -> [String: UncertainValue]? {
        guard let entries = node.entries, !entries.isEmpty else {
            mismatch(node, expected: "a mapping of stage names to win rates, e.g. { proposal: 0.35 }")
            return nil
        }
        var rates: [String: UncertainValue] = [:]
        for entry in entries {
            if let rate = value(entry.value, .rate("win rate")) { rates[entry.key] = rate }
        }
        return rates.count == entries.count ? rates : nil
    }

    /// The deals of a CRM export with columns id, stage, amount, close_month (YYYY-MM).
    /// - Parameter stages: the stages `win_rate` names (nil when it is missing or malformed:
    ///   stages are then not checked).
    private mutating func deals(_ node: ScenarioNode, stages: [String]?) -> [OpenDeal]? {
        guard let reference = string(node), let table = csv(reference, from: node),
              let columns = columns(Self.pipelineColumns, in: table, from: node)
        else { return nil }
        let key = DataFileCache.DealsKey(text: table.text, windowStart: window?.start.description ?? "", stages: stages ?? [])
        if let deals = DataFileCache.shared.deals(key) { return deals }
        let errorCount = errors.count
        var deals: [OpenDeal] = []
        for record in table.records {
            let id = cell(record, columns[0], of: table)
            let stage = self.stage(record, columns[1], of: table, known: stages)
            let amount = numericCell(record, columns[2], of: table)
            let close = closeMonth(record, columns[3], of: table)
            if let id, let stage, let amount, let close { deals.append(OpenDeal(id: id, stage: stage, amount: amount, closeMonth: close)) }
        }
        guard errors.count == errorCount else { return nil }
        DataFileCache.shared.storeDeals(deals, for: key)
        return deals
    }

    private mutating func stage(_ record: CSVReader.Record, _ index: Int, of table: ReferencedCSV, known: [String]?) -> String? {
        guard let stage = cell(record, index, of: table) else { return nil }
        guard let known, !known.contains(stage) else { return stage }
        report(at: table.location(row: record.row, column: index), path: "stage",
               "stage '\(stage)' is not in pipeline.win_rate (\(known.joined(separator: ", ")))",
               suggestion: Suggestion.didYouMean(stage, in: known) ?? "add a win rate for '\(stage)'")
        return nil
    }

    /// The close month as months after the window's first month (negative when overdue).
    private mutating func closeMonth(_ record: CSVReader.Record, _ index: Int, of table: ReferencedCSV) -> Int? {
        guard let text = cell(record, index, of: table) else { return nil }
        guard let month = YearMonth(parsing: text) else {
            report(at: table.location(row: record.row, column: index), path: "close_month",
                   "expected a month as YYYY-MM, found '\(text)'", expected: "a month as YYYY-MM", found: "'\(text)'")
            return nil
        }
        return window.map { month.months(since: $0.start) }
    }
}
