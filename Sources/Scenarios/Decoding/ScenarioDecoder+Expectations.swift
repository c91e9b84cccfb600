import Simulation

extension ScenarioDecoder {
    /// `expect: [ { metric, at_least, at_most, strategy } ]`; strategies must exist.
    mutating func expectations(_ node: ScenarioNode, strategies: [String]) -> [Expectation] {
        guard let items = list(node, "a list of checks, e.g. [ { metric: p_hit, at_least: 0.5 } ]") else { return [] }
        var expectations: [Expectation] = []
        for item in items {
            guard let fields = fields(item, "a check mapping { metric, at_least, at_most, strategy }",
                                      allowed: ["metric", "at_least", "at_most", "strategy"], required: ["metric"])
            else { continue }
            let metric = fields["metric"].flatMap { self.metric($0) }
            let atLeast = fields["at_least"].flatMap { number($0) }
            let atMost = fields["at_most"].flatMap { number($0) }
            var strategy: String?
            if let strategyNode = fields["strategy"], let name = string(strategyNode) {
                if strategies.contains(name) {
                    strategy = name
                } else {
                    let known = strategies.isEmpty ? "this scenario has no strategies"
                        : "strategies: \(strategies.joined(separator: ", "))"
                    report(strategyNode, "unknown strategy '\(name)'",
                           suggestion: Suggestion.didYouMean(name, in: strategies) ?? known)
                    continue
                }
            }
            if fields["at_least"] == nil, fields["at_most"] == nil {
                report(item, "a check needs at_least, at_most or both")
                continue
            }
            if let atLeast, let atMost, atLeast > atMost {
                report(item, "at_least \(NumberText.exact(atLeast)) is above at_most \(NumberText.exact(atMost)), so the check can never pass")
                continue
            }
            guard let metric, fields["at_least"] == nil || atLeast != nil, fields["at_most"] == nil || atMost != nil
            else { continue }
            expectations.append(Expectation(strategy: strategy, metric: metric, atLeast: atLeast, atMost: atMost, location: item.location))
        }
        return expectations
    }

    private mutating func metric(_ node: ScenarioNode) -> OutcomeMetric? {
        guard let name = string(node) else { return nil }
        guard let metric = OutcomeMetric(rawValue: name) else {
            let names = OutcomeMetric.allCases.map(\.rawValue)
            report(node, "unknown metric '\(name)'",
                   suggestion: Suggestion.didYouMean(name, in: names) ?? "metrics: \(names.joined(separator: ", "))")
            return nil
        }
        return metric
    }
}
