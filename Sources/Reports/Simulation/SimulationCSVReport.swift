import Foundation
import Simulation

/// `plancast simulate --format csv`: one number per row, `section,key,level,value,standard_error`,
/// so a spreadsheet can filter by section (columns in docs/output-json.md, "CSV").
public enum SimulationCSVReport {
    public static let header = "section,key,level,value,standard_error"

    public static func write(_ result: SimulationResult, to stream: inout some TextOutputStream) {
        stream.write(header + "\n")
        var rows = CSVRows()
        rows.addLine(["run", "seed", "", String(result.seed), ""])
        rows.add("run", "trials", value: Double(result.trials))
        rows.add("run", "target", value: result.target.total)
        for metric in OutcomeMetric.allCases {
            let estimate = result.estimate(metric)
            rows.add("metric", metric.rawValue, value: estimate.value, error: estimate.standardError)
        }
        rows.add("revenue", "standard_deviation", value: result.revenue.standardDeviation)
        for p in result.revenue.percentiles { rows.add("revenue_percentile", "revenue", level: p.level, value: p.value, error: p.standardError) }
        for p in result.attainment { rows.add("attainment_percentile", "attainment", level: p.level, value: p.value, error: p.standardError) }
        for month in result.months {
            let key = month.month.description
            rows.add("month_mean", key, value: month.revenueMean)
            for p in month.revenuePercentiles { rows.add("month_percentile", key, level: p.level, value: p.value) }
            for p in month.cumulativePercentiles { rows.add("cumulative_percentile", key, level: p.level, value: p.value) }
            rows.add("cumulative_target", key, value: month.cumulativeTarget)
            rows.add("p_on_track", key, value: month.probabilityOnTrack)
            if let p = month.probabilityOfHittingMonth { rows.add("p_hit_month", key, value: p) }
        }
        for source in result.sources {
            rows.add("source_mean", source.name, value: source.meanRevenue.value, error: source.meanRevenue.standardError)
            if let share = source.share { rows.add("source_share", source.name, value: share) }
        }
        for channel in result.funnel {
            rows.add("funnel_leads", channel.channel, value: channel.leads)
            rows.add("funnel_opportunities", channel.channel, value: channel.opportunities)
            rows.add("funnel_lost_to_capacity", channel.channel, value: channel.lostToCapacity)
            rows.add("funnel_won", channel.channel, value: channel.won)
            rows.add("funnel_closing_after_window", channel.channel, value: channel.closingAfterWindow)
        }
        if let marketing = result.marketing {
            rows.add("marketing", "spend", value: marketing.spend)
            rows.add("marketing", "roi", value: marketing.returnOnSpend.value, error: marketing.returnOnSpend.standardError)
            for p in marketing.costPerAcquisitionPercentiles { rows.add("cac_percentile", "cac", level: p.level, value: p.value) }
            for p in marketing.returnOnSpendPercentiles { rows.add("roi_percentile", "roi", level: p.level, value: p.value) }
        }
        stream.write(rows.text)
    }
}

/// CSV lines with quoting where a field needs it and empty cells for absent numbers.
struct CSVRows {
    private(set) var text = ""

    mutating func add(_ section: String, _ key: String, level: Double? = nil, value: Double, error: Double? = nil) {
        let fields = [section, Self.quoted(key), level.map(Self.number) ?? "", Self.number(value), error.map(Self.number) ?? ""]
        text += fields.joined(separator: ",") + "\n"
    }

    mutating func addLine(_ fields: [String]) {
        text += fields.map(Self.quoted).joined(separator: ",") + "\n"
    }

    /// Shortest round-trip spelling; empty for non-finite values.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
