import Forecasting
import Foundation
import Simulation
import Statistics

/// A starter scenario file written from a `PlanEstimate`: every assumption from history, with
/// its evidence (counts, intervals, the reason for each model choice) in comments.
public struct StarterScenario: Sendable {
    public let estimate: PlanEstimate
    /// `history:` as written in the file (relative to it); nil when there is no history file.
    public var historyReference: String?
    /// The data file's name for comments ("deals.csv").
    public var dealsFile: String
    /// Where the won amounts are written when deal size is empirical (relative to the file).
    public var dealSizesReference: String

    /// The column of `dealSizesCSV`.
    public static let dealSizeColumn = "amount"
    /// z for a log-normal's 90th percentile, Φ⁻¹(0.9).
    static let z90 = 1.281_551_565_544_600_5
    /// Units in which `cycle_months` probabilities are rounded so they still sum to exactly 1.
    static let cycleUnits = 10_000.0

    public init(estimate: PlanEstimate, historyReference: String?, dealsFile: String, dealSizesReference: String) {
        self.estimate = estimate
        self.historyReference = historyReference
        self.dealsFile = dealsFile
        self.dealSizesReference = dealSizesReference
    }

    /// Whether the deal size is written as the observed amounts, so `dealSizesCSV` must be saved.
    public var needsDealSizesFile: Bool { estimate.dealSize.choice == .empirical }

    /// The won amounts, one per line under an `amount` header.
    public var dealSizesCSV: String {
        ([Self.dealSizeColumn] + estimate.wonAmounts.map { NumberText.exact($0) }).joined(separator: "\n") + "\n"
    }

    /// The scenario file's text.
    public var yaml: String {
        let window = estimate.window
        let end = window.month(window.months - 1)
        var lines = [
            "# Starter plan estimated by `plancast estimate` from \(dealsFile) (taken \(estimate.asOf))"
                + (historyReference.map { " and \($0)" } ?? "") + ".",
            "# Every number comes from history; the comments give the evidence. Review each one,",
            "# set the target, then run `plancast check` and `plancast simulate`.",
            "",
            "scenario: Starter plan \(window.start) to \(end)",
            "window: { start: \(window.start), months: \(window.months) }",
            "target: \(Self.number(expectedRevenue, digits: 3))   # history's pace: leads × rates × mean deal size, closing inside the window; set your own",
        ]
        if let historyReference { lines.append("history: \(historyReference)") }
        if let halfLife = estimate.halfLife {
            lines.append("# Rates weigh recent months more: a month \(Self.number(halfLife, digits: 3)) months old counts half.")
        }
        lines += ["", "channels:"] + channelLines + ["", "funnel:", "  stages:"] + stageLines + cycleLines + dealSizeLines
        lines += [""] + marketingMixLines + pipelineLines
        return lines.joined(separator: "\n") + "\n"
    }

    /// Σ over channels and months m of expected leads × P(close by the window's end | lead in
    /// m) × stage rates × mean deal size (open pipeline and recurring revenue left out).
    var expectedRevenue: Double {
        let cycle = estimate.cycleMonths.probabilities
        let months = estimate.window.months
        let closing = (0..<months).map { month in cycle.prefix(months - month).reduce(0, +) }
        let leads = estimate.leads.reduce(0.0) { total, channel in
            total + zip(plannedLeads(channel), closing).reduce(0) { $0 + $1.0 * $1.1 }
        }
        let rates = (estimate.opportunityRate?.mean ?? 1) * estimate.winRate.mean
        let size = estimate.dealSize.choice == .logNormal ? estimate.dealSize.logNormal.distribution.mean : estimate.dealSize.empirical.mean
        return leads * rates * size
    }

    /// Leads per window month: the forecast, or the response at the planned spend.
    func plannedLeads(_ channel: PlanEstimate.ChannelLeads) -> [Double] {
        guard let response = channel.response, let spend = channel.lastSpend else { return channel.forecast }
        if response.choice == .hillCurve, let curve = response.curve {
            let steady = spend / (1 - curve.carryover)
            return channel.forecast.map { _ in curve.leads(effectiveSpend: steady) }
        }
        return channel.forecast.map { _ in spend / response.costPerLead.value }
    }

    /// A rate as a percentage with its interval: "25.1% (95% 24.1–26.1%)".
    static func percent(_ rate: RateEstimate) -> String {
        let level = Int((rate.credibleLevel * 100).rounded())
        return "\(number(rate.mean * 100, digits: 3))% (\(level)% \(number(rate.lower * 100, digits: 3))–\(number(rate.upper * 100, digits: 3))%)"
    }

    /// `beta: {successes, trials}` from unweighted counts, or the weighted posterior's
    /// `alpha`/`beta` under a half-life.
    static func beta(_ rate: RateEstimate) -> String {
        if rate.effectiveTrials == Double(rate.trials) {
            return "{ beta: { successes: \(rate.successes), trials: \(rate.trials) } }"
        }
        return "{ beta: { alpha: \(number(rate.posterior.alpha, digits: 6)), beta: \(number(rate.posterior.beta, digits: 6)) } }"
    }

    /// `text` as a YAML scalar: plain when it is letters, digits, spaces, `_`, `-` and `.`
    /// (not starting with a space, `-` or `.`, and not a number or a YAML word such as
    /// `true` or `null`), else double-quoted with `\` and `"` escaped.
    static func scalar(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " _-.".unicodeScalars.contains($0) }
        let reserved = ["true", "false", "null", "yes", "no", "on", "off"].contains(text.lowercased()) || Double(text) != nil
        if plain, !reserved, let first = text.first, first.isLetter || first.isNumber || first == "_", text.last != " " { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `value` to `digits` significant digits, without exponent for plan-sized numbers.
    static func number(_ value: Double, digits: Int) -> String {
        NumberText.rounded(value, digits: digits)
    }
}
