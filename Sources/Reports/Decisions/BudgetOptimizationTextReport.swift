import Simulation

/// The terminal report of `plancast optimize`: the allocation next to the current one,
/// both plans' P(hit) and mean revenue with paired differences, marginal returns at the
/// optimum, and which bounds drive the answer, in words.
public struct BudgetOptimizationTextReport {
    let result: BudgetOptimization
    let money: MoneyText
    let sources: BudgetOptimizationSources

    /// - Parameter sources: where the budget and bounds were set, named after each of them.
    public init(_ result: BudgetOptimization, currency: String?, sources: BudgetOptimizationSources = .init()) {
        self.result = result
        money = MoneyText(currency: currency)
        self.sources = sources
    }

    public func write(to stream: inout some TextOutputStream) {
        let r = result
        let base = r.comparison.base
        let goal = r.objective == .pHit ? "the chance of hitting \(money.full(base.target.total))" : "mean revenue"
        let start = r.start == .meanOptimal ? "the allocation that maximises mean revenue" : "the current allocation scaled to the budget"
        stream.write("Allocating \(money.full(r.budget))\(Self.note(sources.budget)) across \(r.optimal.channels.joined(separator: ", ")) to maximise \(goal).\n")
        if let bounds = boundsSentence { stream.write(bounds + "\n") }
        if r.objective == .pHit {
            stream.write("Search started from \(start) and used \(r.evaluations) simulations of \(NumberText.grouped(Double(base.trials))) trials.\n")
        }
        stream.write("\n")
        var table = TextTable(header: ["channel", "month", "current", "optimised"])
        for (c, name) in r.optimal.channels.enumerated() {
            for t in r.optimal.spend[c].indices {
                table.append([name, "\(base.window.month(t))", money.full(r.current.spend[c][t]), money.full(r.optimal.spend[c][t])])
            }
        }
        table.append(["total", "", money.full(r.current.total), money.full(r.optimal.total)])
        table.write(to: &stream)
        stream.write("\n")
        if let strategy = r.comparison.strategies.first {
            var outcomes = TextTable(header: ["plan", "P(hit)", "mean revenue"])
            outcomes.append(["current", SimulationTextReport.probability(base.probabilityOfHit.value), money.full(base.revenue.mean.value)])
            outcomes.append(["optimised", SimulationTextReport.probability(strategy.result.probabilityOfHit.value),
                             money.full(strategy.result.revenue.mean.value)])
            let dp = strategy.probabilityOfHitDifference, dm = strategy.meanRevenueDifference
            outcomes.append(["difference (paired)",
                             "\(ComparisonTextReport.signedPoints(dp.value)) ± \(SimulationTextReport.points(dp.standardError)) pts",
                             "\(money.signed(dm.value)) ± \(money.standardError(dm.standardError))"])
            outcomes.write(to: &stream)
            stream.write("(\(NumberText.grouped(Double(base.trials))) trials, seed \(base.seed), common random numbers.)\n\n")
        }
        var marginal = TextTable(header: ["channel", "extra leads per 1,000 spent", "extra revenue per 1 spent"])
        for (c, name) in r.optimal.channels.enumerated() {
            marginal.append([name, NumberText.grouped(1000 * r.marginalLeads[c], decimals: 2), NumberText.grouped(r.marginalRevenue[c], decimals: 2)])
        }
        stream.write("At the optimised allocation (expected values, best month of each channel):\n")
        marginal.write(to: &stream)
        stream.write("\n")
        for line in bindingSentences { stream.write(line + "\n") }
    }

    /// Every bound on a channel's window spend, with where it was set; nil when there are none.
    var boundsSentence: String? {
        let bounds = sources.bounds(of: result)
        guard !bounds.isEmpty else { return nil }
        let channels = result.optimal.channels.compactMap { name -> String? in
            let limits = bounds.filter { $0.channel == name }.map { bound in
                "\(bound.side == .minimum ? "at least" : "at most") \(money.full(bound.limit))\(Self.note(bound.source))"
            }
            return limits.isEmpty ? nil : "\(name) \(limits.joined(separator: " and "))"
        }
        return "Bounds on window spend: \(channels.joined(separator: "; "))."
    }

    /// ` (from Scenarios/q3.yaml:41:18)`, or nothing when the source is unknown.
    private static func note(_ source: String?) -> String {
        source.map { " (from \($0))" } ?? ""
    }

    /// One sentence per binding bound, or one saying none binds.
    var bindingSentences: [String] {
        guard !result.binding.isEmpty else {
            return ["No channel bound is binding: the allocation follows from the response curves alone."]
        }
        return result.binding.map { bound in
            let side = bound.side == .maximum ? "maximum" : "minimum"
            let comparison = bound.freeMarginalRevenue.map { " against \(NumberText.grouped($0, decimals: 2)) in the best channel not held by a bound" } ?? ""
            let consequence = bound.side == .maximum ? "the optimiser would spend more there if allowed" : "the optimiser would spend less there if allowed"
            return "\(bound.channel) is held at its \(side) of \(money.full(bound.limit))\(Self.note(sources.source(of: bound.channel, bound.side))): "
                + "one more unit of spend there brings "
                + "\(NumberText.grouped(bound.marginalRevenue, decimals: 2)) of expected revenue\(comparison), so \(consequence)."
        }
    }
}
