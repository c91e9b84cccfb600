import Simulation

/// The terminal report of `plancast sensitivity`: a headline, the tornado table (largest
/// P(hit) swing first) and what the variance shares add up to.
public struct SensitivityTextReport {
    let sensitivity: Sensitivity
    let money: MoneyText
    let values: InputValueText

    public init(_ sensitivity: Sensitivity, currency: String?) {
        self.sensitivity = sensitivity
        money = MoneyText(currency: currency)
        values = InputValueText(money: money)
    }

    public func write(to stream: inout some TextOutputStream) {
        let s = sensitivity
        stream.write("\(s.planName) · target \(money.full(s.target)) · P(hit) \(SimulationTextReport.probability(s.probabilityOfHit.value))"
                     + " · mean revenue \(money.full(s.meanRevenue.value))\n")
        stream.write("\(NumberText.grouped(Double(s.trials))) trials per setting · seed \(s.seed) · common random numbers\n")
        stream.write("Each uncertain input is held at its P10 (low) and P90 (high); inputs marked ± (deal size, which is drawn "
                     + "for every deal, and fixed inputs named with --include) move their average by that much.\n\n")
        guard !s.inputs.isEmpty else {
            stream.write("The plan has no uncertain inputs; name fixed inputs with --include to see their effect.\n")
            return
        }
        var table = TextTable(header: ["input", "low", "high", "P(hit) low", "P(hit) high", "P(hit) swing",
                                       "mean revenue low", "mean revenue high", "revenue swing", "variance share"])
        for bar in s.inputs {
            table.append([
                bar.path + (bar.movesMean ? " (±\(NumberText.percent(s.swing)))" : ""),
                values.format(bar.lowValue, path: bar.path), values.format(bar.highValue, path: bar.path),
                SimulationTextReport.probability(bar.low.probabilityOfHit.value),
                SimulationTextReport.probability(bar.high.probabilityOfHit.value),
                "\(ComparisonTextReport.signedPoints(bar.probabilityOfHitSwing.value)) ± \(SimulationTextReport.points(bar.probabilityOfHitSwing.standardError)) pts",
                money.full(bar.low.meanRevenue.value), money.full(bar.high.meanRevenue.value),
                "\(money.signed(bar.meanRevenueSwing.value)) ± \(money.standardError(bar.meanRevenueSwing.standardError))",
                bar.varianceShare.map { "\(NumberText.percent($0.value)) ± \(SimulationTextReport.points($0.standardError)) pts" } ?? "n/a",
            ])
        }
        table.write(to: &stream)
        stream.write("\nSwing: high minus low, ± one standard error from the paired trials. Variance share: the part of the "
                     + "spread of revenue this input causes on its own (first-order index).\n")
        stream.write("Together the inputs explain \(NumberText.percent(s.explainedShare)) of the variance of revenue; the rest comes "
                     + "from inputs acting together and from the luck of individual leads, deals and deal sizes.\n")
        if s.inputs.contains(where: { $0.varianceShare == nil }) {
            stream.write("n/a: deal size is drawn anew for every deal, so it has no single share of the variance; its bars move "
                         + "the average deal.\n")
        }
    }
}
