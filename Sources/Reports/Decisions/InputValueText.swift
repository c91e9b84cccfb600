/// Values of plan inputs in reports: money for amounts, percentages for rates, grouped
/// numbers otherwise.
struct InputValueText {
    /// Path endings whose values are amounts of money.
    static let moneySuffixes = ["spend", "deal_size", "target", "starting_mrr", "half_spend", "cost_per_lead"]
    /// Path endings whose values are rates.
    static let rateSuffixes = ["rate", "slip", "attrition_monthly", "churn_monthly"]

    let money: MoneyText

    func format(_ value: Double, path: String) -> String {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        if Self.moneySuffixes.contains(last) { return money.full(value) }
        if Self.rateSuffixes.contains(last) || path.hasPrefix("pipeline.win_rate.") {
            return SimulationTextReport.probability(value)
        }
        if last == "hires" { return NumberText.grouped(value) }
        let magnitude = abs(value)
        return NumberText.grouped(value, decimals: magnitude >= 100 ? 0 : magnitude >= 1 ? 2 : 3)
    }
}
