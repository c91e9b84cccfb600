import Simulation

/// `plancast compare --report FILE.html`: each strategy's chance of hitting the target and its
/// change in mean revenue against the base plan, with paired intervals, then the base plan's
/// own charts.
public struct ComparisonHTMLReport {
    let comparison: Comparison
    let currency: String?
    let provenance: ReportProvenance

    public init(_ comparison: Comparison, currency: String?, provenance: ReportProvenance) {
        self.comparison = comparison
        self.currency = currency
        self.provenance = provenance
    }

    var page: HTMLPage {
        let money = MoneyText(currency: currency)
        let chart = StrategyComparisonChart(comparison: comparison, money: money)
        let base = SimulationHTMLReport(comparison.base, currency: currency, provenance: provenance).page
        var facts = SimulationHTMLReport.facts(comparison.base, money: money, source: provenance.source)
        facts.insert(.init(name: "Strategies", value: String(comparison.strategies.count)), at: 1)
        return HTMLPage(
            title: "\(comparison.base.planName): strategies compared",
            summary: ComparisonTextReport(comparison, currency: currency).summary,
            facts: facts, figures: [chart.probabilityFigure, chart.revenueFigure] + base.figures.prefix(1), provenance: provenance)
    }

    public func write(to stream: inout some TextOutputStream) {
        stream.write(page.html)
    }
}
