import ArgumentParser
import Forecasting
import Foundation
import Scenarios
import Simulation

/// `plancast estimate --deals FILE [--history FILE] --out starter.yaml`: plan inputs from history.
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Estimate plan inputs from a deal export and monthly history, and write a starter scenario.",
        discussion: """
            Win rates (open deals are not losses), the sales cycle with still-open deals \
            censored (Kaplan–Meier), deal size (log-normal, or the observed amounts when it \
            fits badly), lead forecasts per channel, spend response (Hill curve or cost per \
            lead), open-pipeline win rates by stage (from --stage-history when given, else by \
            last stage with a survivorship warning) and slip (from an expected close date \
            column), each with its evidence. History columns are read as leads_<channel> and \
            spend_<channel>, plus opportunities (and won_deals) for the stage rates. See \
            docs/estimate.md.
            """
    )

    @Option(help: "The deal export CSV: one row per opportunity.")
    var deals: String

    @Option(help: "Monthly history CSV: a month column, leads_<channel>, spend_<channel>, opportunities.")
    var history: String?

    @OptionGroup var columns: DealColumnOptions

    @OptionGroup var stages: StageHistoryColumnOptions

    @Option(help: "A marketing-mix table (weekly or monthly): a date column, spend per channel and a response.")
    var mmm: String?

    @Option(help: "With --mmm: comma-separated spend columns.")
    var spendColumns: String?

    @Option(help: "With --mmm: the response column (leads or revenue).")
    var responseColumn: String?

    @Option(help: "First month of the plan window, YYYY-MM (default: the month after the data).")
    var window: String?

    @Option(help: "Months in the plan window.")
    var months: Int = PlanEstimator.defaultMonths

    @Option(help: "Recency half-life for rates, e.g. 6m (months); default: every month counts the same.")
    var halfLife: String?

    @Option(help: "Write the starter scenario here (default: print it).")
    var out: String?

    func validate() throws {
        if mmm != nil && (spendColumns == nil || responseColumn == nil) {
            throw ValidationError("--mmm needs --spend-columns and --response-column.")
        }
        if months < 1 { throw ValidationError("--months must be at least 1, found \(months).") }
        if let window, YearMonth(parsing: window) == nil { throw ValidationError("--window must be YYYY-MM, found '\(window)'.") }
        if let halfLife, Self.months(halfLife) == nil {
            throw ValidationError("--half-life must be a positive number of months such as 6m, found '\(halfLife)'.")
        }
    }

    /// "6m" or "6" → 6 months; nil unless positive and finite.
    static func months(_ text: String) -> Double? {
        let number = text.hasSuffix("m") ? String(text.dropLast()) : text
        guard let value = Double(number), value > 0, value.isFinite else { return nil }
        return value
    }

    func run() throws {
        let export = try DealExport.load(contentsOf: URL(fileURLWithPath: deals), options: columns.exportOptions)
        let stageHistory = try stages.stageHistory.map {
            try StageHistory.load(contentsOf: URL(fileURLWithPath: $0), options: stages.options(outcomes: columns.exportOptions))
        }
        let table = try history.map { try HistoryTable.load(contentsOf: URL(fileURLWithPath: $0), options: HistoryOptions(slashDates: columns.dateOrder.slashDates)) }
        let start = window.flatMap { YearMonth(parsing: $0) }
        let estimator = PlanEstimator(window: start.map { PlanWindow(start: $0, months: months) },
                                      halfLife: halfLife.flatMap(Self.months))
        var estimate = try estimator.estimate(deals: export, history: table, stageHistory: stageHistory)
        if let mmm, let spendColumns, let responseColumn {
            let mix = try HistoryTable.load(contentsOf: URL(fileURLWithPath: mmm), options: HistoryOptions(slashDates: columns.dateOrder.slashDates))
            estimate.marketingMix = try estimator.marketingMix(mix, spendColumns: spendColumns.split(separator: ",").map(String.init),
                                                               responseColumn: responseColumn)
        }
        let directory = out.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let base = out.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "starter"
        let starter = StarterScenario(
            estimate: estimate, historyReference: history.map { RelativePath.from(directory, to: URL(fileURLWithPath: $0)) },
            dealsFile: export.file, dealSizesReference: "\(base)-deal-sizes.csv")
        if starter.needsDealSizesFile {
            let url = directory.appendingPathComponent(starter.dealSizesReference)
            try Data(starter.dealSizesCSV.utf8).write(to: url)
            print("wrote \(url.relativePath) (\(estimate.wonAmounts.count) won deal amounts)")
        }
        guard let out else {
            print(starter.yaml, terminator: "")
            return
        }
        try Data(starter.yaml.utf8).write(to: URL(fileURLWithPath: out))
        for line in starter.yaml.split(separator: "\n") where line.trimmingSpaces().hasPrefix("#") {
            print(line.trimmingSpaces().dropFirst(2))
        }
        print("wrote \(out); next: plancast check \(out)")
    }
}

/// A relative path between two locations on disk, for references written into a file.
enum RelativePath {
    /// The path of `target` relative to the folder `directory` (both made absolute).
    static func from(_ directory: URL, to target: URL) -> String {
        let from = directory.standardizedFileURL.pathComponents, to = target.standardizedFileURL.pathComponents
        let common = zip(from, to).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - common) + to.dropFirst(common)).joined(separator: "/")
    }
}
