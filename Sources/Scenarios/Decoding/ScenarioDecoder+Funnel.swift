import Simulation

extension ScenarioDecoder {
    /// Longest lag from lead month to close month accepted in `cycle_months`: three years is
    /// beyond any sales cycle a monthly plan models, and bounds the lag table's size.
    static let maximumLagMonths = 36

    /// `funnel: { stages, cycle_months, deal_size }`.
    mutating func funnel(_ node: ScenarioNode) -> Funnel? {
        guard let fields = fields(node, "a mapping { stages, cycle_months, deal_size }",
                                  allowed: ["stages", "cycle_months", "deal_size"], required: ["stages", "deal_size"])
        else { return nil }
        let stages = fields["stages"].flatMap { self.stages($0) }
        let cycle = fields["cycle_months"].flatMap { cycleMonths($0) }
        let dealSize = fields["deal_size"].flatMap { value($0, .nonNegative("deal size")) }
        guard let stages, let dealSize, fields["cycle_months"] == nil || cycle != nil else { return nil }
        return Funnel(stages: stages, cycleMonths: cycle ?? [1], dealSize: dealSize)
    }

    private mutating func stages(_ node: ScenarioNode) -> [FunnelStage]? {
        guard let items = list(node, "a list of stages, e.g. [ { name: won, rate: 0.2 } ]") else { return nil }
        guard !items.isEmpty else {
            report(node, "a funnel needs at least one stage (the last stage is \"won\")")
            return nil
        }
        let errorCount = errors.count
        var stages: [FunnelStage] = []
        var seen: [String: ScenarioNode] = [:]
        for item in items {
            guard let fields = fields(item, "a stage mapping { name, rate }", allowed: ["name", "rate"], required: ["name", "rate"])
            else { continue }
            let name = fields["name"].flatMap { string($0) }
            let rate = fields["rate"].flatMap { value($0, .rate("rate")) }
            guard let name, let rate else { continue }
            if let first = seen[name] {
                report(fields["name"] ?? item, "duplicate stage name '\(name)' (first defined at \(first.location))")
                continue
            }
            seen[name] = fields["name"] ?? item
            stages.append(FunnelStage(name: name, rate: rate))
        }
        return errors.count == errorCount ? stages : nil
    }

    /// `{ 0: 0.3, 1: 0.4, 2: 0.2, 3: 0.1 }` → probability by lag, index = lag.
    private mutating func cycleMonths(_ node: ScenarioNode) -> [Double]? {
        let what = "a mapping of lags in months to probabilities, e.g. { 0: 0.5, 1: 0.5 }"
        let pairs = probabilityTable(node, what) { (decoder: inout ScenarioDecoder, entry: ScenarioNode.Entry, parent: ScenarioNode) -> Int? in
            guard let lag = Int(entry.key), (0...Self.maximumLagMonths).contains(lag) else {
                decoder.report(at: entry.keyLocation, path: parent.path,
                               "expected a lag in whole months from 0 to \(Self.maximumLagMonths), found '\(entry.key)'",
                               expected: "a lag in months", found: "'\(entry.key)'")
                return nil
            }
            return lag
        }
        guard let pairs else { return nil }
        var table = [Double](repeating: 0, count: (pairs.map { $0.key }.max() ?? 0) + 1)
        for (lag, probability) in pairs { table[lag] += probability }
        return table
    }
}
