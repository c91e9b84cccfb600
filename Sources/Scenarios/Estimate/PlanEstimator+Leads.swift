import Forecasting
import Simulation
import Statistics

extension PlanEstimator {
    /// History columns named `leads_<channel>` hold a channel's leads and `spend_<channel>` its spend.
    public static let leadsPrefix = "leads_"
    public static let spendPrefix = "spend_"
    /// The history column of all opportunities, for the lead → opportunity rate.
    public static let opportunitiesColumn = "opportunities"
    /// The history column of won deals, for the win rate when there is no deal export.
    public static let wonDealsColumn = "won_deals"

    /// One entry per `leads_<channel>` column: its forecast, and its spend response when the
    /// history also has `spend_<channel>`.
    func historyLeads(_ table: HistoryTable, window: PlanWindow) throws -> [PlanEstimate.ChannelLeads] {
        try table.series.filter { $0.id.hasPrefix(Self.leadsPrefix) }.map { series in
            let channel = String(series.id.dropFirst(Self.leadsPrefix.count))
            let spend = table.series.first { $0.id == Self.spendPrefix + channel }
            var response: SpendResponseEstimate?
            var range: ClosedRange<Double>?
            if let spend {
                let (x, y) = Self.aligned(spend, series)
                response = try SpendResponse().fit(spend: x, leads: y)
                if let low = x.min(), let high = x.max() { range = low...high }
            }
            let (forecast, method) = try Self.forecast(series, window: window)
            return PlanEstimate.ChannelLeads(channel: channel, column: series.id, forecast: forecast, method: method,
                                             months: series.values.count, response: response, spendColumn: spend?.id,
                                             spendRange: range, lastSpend: spend?.values.last)
        }
    }

    /// Deals created per month and source, forecast like a history column.
    func dealLeads(_ export: DealExport, window: PlanWindow) throws -> [PlanEstimate.ChannelLeads] {
        let dated = export.deals.compactMap { deal in deal.created.map { (deal.source, $0.ordinal) } }
        guard let first = dated.map(\.1).min() else { return [] }
        let months = export.asOf.ordinal - first + 1
        return try export.channels.map { channel in
            var counts = [Double](repeating: 0, count: months)
            for (source, ordinal) in dated where source == channel { counts[ordinal - first] += 1 }
            let series = DatedSeries(id: channel, start: Period(frequency: .monthly, ordinal: first), values: counts)
            let (forecast, method) = try Self.forecast(series, window: window)
            return PlanEstimate.ChannelLeads(channel: channel, column: nil, forecast: forecast, method: method, months: months,
                                             response: nil, spendColumn: nil, spendRange: nil, lastSpend: nil)
        }
    }

    /// The `auto` forecast's means for the window's months.
    /// - Throws: `FitError` when the window starts inside the series or the model cannot be fitted.
    static func forecast(_ series: DatedSeries, window: PlanWindow) throws(FitError) -> ([Double], String) {
        let offset = window.start.ordinal - series.end.ordinal - 1
        guard offset >= 0 else {
            throw FitError(model: "auto", reason: "\(series.id) runs to \(YearMonth(ordinal: series.end.ordinal)), past the window's start \(window.start)")
        }
        let fitted = try AutoForecast(horizon: offset + window.months).fit(series.timeSeries)
        let means = fitted.forecast(horizon: offset + window.months, levels: []).mean.suffix(window.months).map { max(0, $0) }
        return (Array(means), fitted.summary)
    }

    /// The months both series cover, in order.
    static func aligned(_ x: DatedSeries, _ y: DatedSeries) -> ([Double], [Double]) {
        let start = max(x.start.ordinal, y.start.ordinal), end = min(x.end.ordinal, y.end.ordinal)
        guard start <= end else { return ([], []) }
        return ((start...end).map { x.values[$0 - x.start.ordinal] }, (start...end).map { y.values[$0 - y.start.ordinal] })
    }
}
