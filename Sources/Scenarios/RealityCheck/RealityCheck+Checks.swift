import Forecasting
import Simulation
import Statistics

extension RealityCheck {
    /// First stage against lead → opportunity, last stage against the win rate.
    func stageWarnings(_ document: ScenarioNode, plan: Plan, evidence: HistoryEvidence) -> [ScenarioError] {
        guard let items = document["funnel"]?["stages"]?.items, items.count == plan.funnel.stages.count else { return [] }
        var checks: [(Int, RateEstimate, String)] = []
        if items.count >= 2, let rate = evidence.opportunityRate { checks.append((0, rate, "lead → opportunity")) }
        if let (rate, source) = evidence.winRate { checks.append((items.count - 1, rate, "win rate from \(source)")) }
        return checks.compactMap { index, rate, what in
            let planned = plan.funnel.stages[index].rate.mean
            guard planned < rate.lower || planned > rate.upper, let node = items[index]["rate"] else { return nil }
            return Self.warning(node, Self.comparison(plan: planned, rate) + " [\(what)]")
        }
    }

    /// The plan's median deal size against the log-normal fit's 95% interval for the median.
    func dealSizeWarnings(_ document: ScenarioNode, plan: Plan, evidence: HistoryEvidence) -> [ScenarioError] {
        guard let fit = evidence.dealSize, let node = document["funnel"]?["deal_size"] else { return [] }
        let z95 = 1.959_963_984_540_054
        let median = fit.distribution.median
        let lower = median * .exp(-z95 * fit.muStandardError), upper = median * .exp(z95 * fit.muStandardError)
        let planned = plan.funnel.dealSize.quantile(0.5)
        guard planned < lower || planned > upper else { return [] }
        func text(_ value: Double) -> String { NumberText.rounded(value, digits: 4) }
        return [Self.warning(node, "plan median \(text(planned)) vs history \(text(median)) (95% \(text(lower))–\(text(upper)), n = \(fit.count) won deals)")]
    }

    /// Planned monthly spend above the most ever spent in a month on that channel.
    func spendWarnings(_ channels: ScenarioNode?, plan: Plan, evidence: HistoryEvidence) -> [ScenarioError] {
        (channels?.items ?? []).compactMap { item in
            guard let name = item["name"]?.scalar?.text, let node = item["spend"],
                  let range = evidence.spendRanges[name],
                  let channel = plan.channels.first(where: { $0.name == name }),
                  case .spend(let spend) = channel.leads,
                  let highest = spend.spend.max(), highest > range.upperBound else { return nil }
            func text(_ value: Double) -> String { NumberText.rounded(value, digits: 6) }
            return Self.warning(node, "plan spends up to \(text(highest)) a month on '\(name)', beyond any month in history (\(text(range.lowerBound))–\(text(range.upperBound)), \(evidence.spendMonths[name] ?? 0) months): the response curve is extrapolated")
        }
    }
}
