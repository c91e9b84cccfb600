import Simulation

/// `plancast sensitivity --report FILE.html`: tornado charts of the chance of hitting the
/// target and of mean revenue, each input held at its low and high value.
public struct SensitivityHTMLReport {
    let sensitivity: Sensitivity
    let currency: String?
    let provenance: ReportProvenance

    public init(_ sensitivity: Sensitivity, currency: String?, provenance: ReportProvenance) {
        self.sensitivity = sensitivity
        self.currency = currency
        self.provenance = provenance
    }

    var page: HTMLPage {
        let money = MoneyText(currency: currency)
        let s = sensitivity
        let probability = TornadoChart(
            inputs: s.inputs.map { .init(label: label($0), low: $0.low.probabilityOfHit.value, high: $0.high.probabilityOfHit.value) },
            baseline: s.probabilityOfHit.value, outcome: "Chance of reaching the target", format: .percent,
            title: "What moves the chance of reaching the target")
        let revenue = TornadoChart(
            inputs: s.inputs.map { .init(label: label($0), low: $0.low.meanRevenue.value, high: $0.high.meanRevenue.value) },
            baseline: s.meanRevenue.value, outcome: "Mean revenue\(money.unitSuffix)", format: TickFormat(money: money),
            title: "What moves mean revenue")
        return HTMLPage(
            title: "\(s.planName): what moves the outcome",
            summary: [probability.caption],
            facts: [
                .init(name: "Scenario", value: provenance.source),
                .init(name: "Target", value: money.full(s.target)),
                .init(name: "Seed", value: String(s.seed)),
                .init(name: "Trials per setting", value: NumberText.grouped(Double(s.trials))),
            ],
            figures: s.inputs.isEmpty ? [] : [probability.figure, revenue.figure], provenance: provenance)
    }

    /// The input's path, marked when it moves its average by ±swing instead of P10/P90.
    private func label(_ input: InputSensitivity) -> String {
        input.path + (input.movesMean ? " (±\(NumberText.percent(sensitivity.swing)))" : "")
    }

    public func write(to stream: inout some TextOutputStream) {
        stream.write(page.html)
    }
}
