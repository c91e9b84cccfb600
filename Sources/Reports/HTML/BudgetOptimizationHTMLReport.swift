import Simulation

/// `plancast optimize --report FILE.html`: the current and optimal spend of each channel in
/// each month, and the chance of hitting the target under both with paired intervals; the
/// summary names every bound, where it was set, and which bounds decide the answer.
public struct BudgetOptimizationHTMLReport {
    let optimization: BudgetOptimization
    let currency: String?
    let provenance: ReportProvenance
    let sources: BudgetOptimizationSources

    /// - Parameter sources: where the budget and bounds were set.
    public init(
        _ optimization: BudgetOptimization, currency: String?, provenance: ReportProvenance, sources: BudgetOptimizationSources = .init()
    ) {
        self.optimization = optimization
        self.currency = currency
        self.provenance = provenance
        self.sources = sources
    }

    var page: HTMLPage {
        let money = MoneyText(currency: currency)
        let o = optimization
        let window = o.comparison.base.window
        var items: [AllocationChart.Item] = []
        for (c, channel) in o.current.channels.enumerated() {
            for t in o.current.spend[c].indices {
                items.append(.init(label: "\(channel) \(window.month(t))", current: o.current.spend[c][t], optimal: o.optimal.spend[c][t]))
            }
        }
        let allocation = AllocationChart(items: items, quantity: "Marketing spend\(money.unitSuffix)", format: TickFormat(money: money))
        let comparison = StrategyComparisonChart(comparison: o.comparison, money: money)
        var facts = SimulationHTMLReport.facts(o.comparison.base, money: money, source: provenance.source)
        facts.insert(.init(name: "Budget", value: money.full(o.budget)), at: 1)
        let bounds = BudgetOptimizationTextReport(o, currency: currency, sources: sources)
        return HTMLPage(
            title: "\(o.comparison.base.planName): budget allocation",
            summary: [allocation.caption] + [bounds.boundsSentence].compactMap { $0 } + bounds.bindingSentences,
            facts: facts, figures: [allocation.figure, comparison.probabilityFigure, comparison.revenueFigure], provenance: provenance)
    }

    public func write(to stream: inout some TextOutputStream) {
        stream.write(page.html)
    }
}
