import Simulation

/// `plancast simulate --report FILE.html`: the summary sentence, the run's facts, and charts of
/// the outcome distribution, the path to target, revenue sources and the funnel.
public struct SimulationHTMLReport {
    let result: SimulationResult
    let currency: String?
    let money: MoneyText
    let provenance: ReportProvenance

    /// - Parameters:
    ///   - currency: ISO 4217 code for amounts (nil: bare numbers).
    ///   - provenance: the scenario file, the date and the tool version for the header.
    public init(_ result: SimulationResult, currency: String?, provenance: ReportProvenance) {
        self.result = result
        self.currency = currency
        money = MoneyText(currency: currency)
        self.provenance = provenance
    }

    var page: HTMLPage {
        var figures = [OutcomeDistributionChart(result: result, money: money).figure]
        if !result.months.isEmpty { figures.append(PathToTargetChart(result: result, money: money).figure) }
        if !result.sources.isEmpty { figures.append(SourcesChart(result: result, money: money).figure) }
        if !result.funnel.isEmpty { figures.append(FunnelChart(result: result).figure) }
        return HTMLPage(
            title: result.planName, summary: [SimulationTextReport(result, currency: currency).summary],
            facts: Self.facts(result, money: money, source: provenance.source), figures: figures, provenance: provenance)
    }

    /// The facts that reproduce a run: scenario, window, target, seed and trials.
    static func facts(_ result: SimulationResult, money: MoneyText, source: String) -> [HTMLPage.Fact] {
        let window = result.window
        return [
            .init(name: "Scenario", value: source),
            .init(name: "Window", value: "\(window.start) to \(window.month(window.months - 1))"),
            .init(name: "Target", value: money.full(result.target.total)),
            .init(name: "Seed", value: String(result.seed)),
            .init(name: "Trials", value: NumberText.grouped(Double(result.trials))),
        ]
    }

    public func write(to stream: inout some TextOutputStream) {
        stream.write(page.html)
    }
}
