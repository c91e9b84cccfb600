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

    /// The plan's median deal size against history's: the log-normal fit's median with its
    /// 95% interval, or, when the starter would use the observed amounts (log-normal fits
    /// badly), their median with the distribution-free interval (`MedianInterval`).
    func dealSizeWarnings(_ document: ScenarioNode, plan: Plan, evidence: HistoryEvidence) -> [ScenarioError] {
        guard let size = evidence.dealSize, let node = document["funnel"]?["deal_size"] else { return [] }
        let median: Double, interval: ClosedRange<Double>, what: String
        switch size.choice {
        case .logNormal:
            let fit = size.logNormal
            median = fit.distribution.median
            interval = median * .exp(-Self.z95 * fit.muStandardError)...median * .exp(Self.z95 * fit.muStandardError)
            what = "won deals"
        case .empirical:
            median = size.empirical.quantile(0.5)
            interval = MedianInterval.interval(sorted: size.empirical.sortedValues, z: Self.z95)
            what = "won deals, observed amounts: log-normal fits badly"
        }
        let planned = plan.funnel.dealSize.quantile(0.5)
        guard !interval.contains(planned) else { return [] }
        func text(_ value: Double) -> String { NumberText.rounded(value, digits: 4) }
        return [Self.warning(node, "plan median \(text(planned)) vs history \(text(median)) (95% \(text(interval.lowerBound))–\(text(interval.upperBound)), n = \(size.logNormal.count) \(what))")]
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
