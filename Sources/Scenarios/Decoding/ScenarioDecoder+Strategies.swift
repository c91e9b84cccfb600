import Simulation

extension ScenarioDecoder {
    /// `strategies:` — each a partial scenario named by `name`, merged over `base` (the
    /// resolved document) and decoded as a plan of that name.
    mutating func strategies(_ node: ScenarioNode, over base: ScenarioNode) -> [Plan] {
        guard let items = list(node, "a list of strategies, e.g. [ { name: more paid search, channels: […] } ]") else {
            return []
        }
        var plans: [Plan] = []
        var seen: [String: ScenarioNode] = [:]
        for item in items {
            let fixed = (item.entries ?? []).filter { Self.scenarioKeys.contains($0.key) && !Self.strategyPlanKeys.contains($0.key) }
            for entry in fixed {
                report(at: entry.keyLocation, path: item.path, "a strategy cannot change '\(entry.key)'",
                       suggestion: "strategies change \(Self.strategyPlanKeys.joined(separator: ", "))")
            }
            guard let fields = fields(item, "a strategy mapping with a name and the keys it changes",
                                      allowed: ["name"] + Self.strategyPlanKeys + fixed.map(\.key), required: ["name"]),
                  let nameNode = fields["name"], let name = string(nameNode)
            else { continue }
            if let first = seen[name] {
                report(nameNode, "duplicate strategy name '\(name)' (first defined at \(first.location))",
                       suggestion: "give each strategy a unique name")
                continue
            }
            seen[name] = nameNode
            let changes = item.keeping(keys: Set(Self.strategyPlanKeys))
            if let plan = plan(base.merged(with: changes), name: name) { plans.append(plan) }
        }
        return plans
    }
}
