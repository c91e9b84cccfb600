import Simulation
import Statistics

extension RealityCheck {
    /// The plan's mean months to close (`funnel.cycle_months`, or its default "every deal in
    /// its lead month") against the Kaplan–Meier mean of the deal export, cut where the
    /// starter cuts it, with its delta-method 95% interval (`KaplanMeier.restrictedMean`).
    func cycleWarnings(_ document: ScenarioNode, plan: Plan, evidence: HistoryEvidence) -> [ScenarioError] {
        guard let cycle = evidence.cycle, let funnel = document["funnel"] else { return [] }
        let planned = plan.funnel.cycleMonths.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
        let interval = cycle.mean.interval(z: Self.z95)
        guard !interval.contains(planned) else { return [] }
        let node = funnel["cycle_months"] ?? funnel
        let given = funnel["cycle_months"] == nil ? "no cycle_months (every deal closes in its lead month): " : ""
        let text = Self.comparison(plan: planned, history: cycle.mean.mean, interval, unit: " months")
        return [Self.warning(node, "\(given)\(text), n = \(cycle.deals) deals, \(cycle.open) still open) [Kaplan–Meier from \(cycle.source)]")]
    }

    /// The pipeline's `slip` against the share of won deals that closed after their expected
    /// month (an absent `slip` is the default 0).
    func slipWarnings(_ document: ScenarioNode, plan: Plan, evidence: HistoryEvidence) -> [ScenarioError] {
        guard let slip = evidence.slip, let pipeline = plan.pipeline, let node = document["pipeline"] else { return [] }
        let planned = pipeline.slip.mean
        let rate = slip.rate
        guard planned < rate.lower || planned > rate.upper else { return [] }
        let given = node["slip"] == nil ? "no slip (deals close when expected): " : ""
        return [Self.warning(node["slip"] ?? node, given + Self.comparison(plan: planned, rate)
                             + " [won deals closing after their expected month, \(evidence.dealsFile ?? "")]")]
    }
}
