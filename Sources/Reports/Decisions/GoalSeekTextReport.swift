import Simulation

/// The terminal report of `plancast solve`: the answer in one sentence, then how it was found.
public struct GoalSeekTextReport {
    let result: GoalSeekResult
    let target: Double
    let money: MoneyText
    let values: InputValueText

    /// - Parameter target: the plan's target (for the sentence).
    public init(_ result: GoalSeekResult, target: Double, currency: String?) {
        self.result = result
        self.target = target
        money = MoneyText(currency: currency)
        values = InputValueText(money: money)
    }

    public func write(to stream: inout some TextOutputStream) {
        let r = result
        let chance = NumberText.percent(r.probability)
        let now = SimulationTextReport.probability(r.currentProbabilityOfHit.value)
        let reached = r.probabilityOfHit.map { "\(SimulationTextReport.probability($0.value)) ± \(SimulationTextReport.points($0.standardError)) pts" } ?? "n/a"
        let range = "[\(values.format(r.bounds.lowerBound, path: r.path)), \(values.format(r.bounds.upperBound, path: r.path))]"
        if r.path == "target", let value = r.value {
            stream.write("With probability \(chance) the plan brings in at least \(money.full(value)) ± \(money.standardError(r.valueStandardError ?? 0))"
                         + " (the \(NumberText.percent(1 - r.probability)) point of revenue).\n")
            stream.write("The current target \(money.full(r.current)) is reached with P(hit) \(now); at \(money.full(value)) P(hit) is \(reached).\n")
        } else if let value = r.value {
            let word = r.direction == .up ? "at least" : "at most"
            stream.write("To hit \(money.full(target)) with probability \(chance), \(r.path) must be \(word) "
                         + "\(values.format(value, path: r.path)) (now \(values.format(r.current, path: r.path)), P(hit) \(now)).\n")
            stream.write("P(hit) at that value: \(reached). Found in \(r.iterations) steps after checking the ends of \(range).\n")
        } else {
            stream.write("Hitting \(money.full(target)) with probability \(chance) is not reachable with \(r.path) within \(range): "
                         + "the best, at \(values.format(r.bestValue ?? 0, path: r.path)), gives P(hit) \(reached). "
                         + "Widen the range with --min/--max or combine it with other changes.\n")
        }
        stream.write("\(NumberText.grouped(Double(r.trials))) trials per evaluation · seed \(r.seed) · common random numbers\n")
    }
}
