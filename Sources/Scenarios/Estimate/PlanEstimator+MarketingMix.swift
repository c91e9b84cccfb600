import Forecasting
import Simulation

extension PlanEstimator {
    /// Each spend column of a marketing-mix table (weekly or monthly) against the response
    /// column, as `SpendResponse` with a baseline: the baseline absorbs the response that does
    /// not move with this channel (other channels, trend), which is only roughly right when
    /// channels' spends move together — a joint marketing-mix model is the better tool then.
    /// - Throws: `FitError` naming a column that is not in the table, or a fit that fails.
    public func marketingMix(_ table: HistoryTable, spendColumns: [String], responseColumn: String) throws(FitError) -> [PlanEstimate.MarketingMixFit] {
        let columns = table.series.map(\.id)
        func series(_ name: String) throws(FitError) -> DatedSeries {
            guard let found = table.series.first(where: { $0.id == name }) else {
                throw FitError(model: "marketing mix", reason: "no column '\(name)' in \(table.file) (columns: \(columns.joined(separator: ", ")))")
            }
            return found
        }
        let response = try series(responseColumn)
        var fits: [PlanEstimate.MarketingMixFit] = []
        for column in spendColumns {
            let (spend, leads) = Self.aligned(try series(column), response)
            let estimate = try SpendResponse(includesBaseline: true).fit(spend: spend, leads: leads)
            fits.append(PlanEstimate.MarketingMixFit(spendColumn: column, responseColumn: responseColumn,
                                                     frequency: table.frequency, response: estimate))
        }
        return fits
    }
}
