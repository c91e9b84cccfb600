import Simulation

extension ScenarioDecoder {
    /// `window: { start: 2026-07, months: 3 }`; sets `self.window` for later checks.
    mutating func decodeWindow(_ node: ScenarioNode) {
        guard let fields = fields(node, "a mapping { start: YYYY-MM, months: N }",
                                  allowed: ["start", "months"], required: ["start", "months"])
        else { return }
        let start = fields["start"].flatMap { yearMonth($0) }
        var months = fields["months"].flatMap { integer($0, "window months", minimum: 1) }
        if let count = months, count > Self.maximumWindowMonths, let node = fields["months"] {
            report(node, "window months \(count) is more than \(Self.maximumWindowMonths)")
            months = nil
        }
        if let start, let months { window = PlanWindow(start: start, months: months) }
    }

    /// `target: 3400000`, `{ total: 3400000 }` or `{ monthly: [1e6, 1.1e6, 1.3e6] }`.
    mutating func target(_ node: ScenarioNode) -> RevenueTarget? {
        if node.scalar != nil {
            return plainNumber(node, .nonNegative("target")).map(RevenueTarget.total)
        }
        guard let fields = fields(node, "a number, { total: N } or { monthly: [N, …] }", allowed: ["total", "monthly"]) else {
            return nil
        }
        switch (fields["total"], fields["monthly"]) {
        case (let total?, nil):
            return plainNumber(total, .nonNegative("target")).map(RevenueTarget.total)
        case (nil, let monthly?):
            guard monthly.items != nil else {
                mismatch(monthly, expected: "a list with one target per month")
                return nil
            }
            return perMonth(monthly, "monthly target") { $0.plainNumber($1, .nonNegative("target")) }.map(RevenueTarget.monthly)
        case (.some, .some):
            report(node, "give either total or monthly, not both")
        case (nil, nil):
            report(node, "missing required key 'total' or 'monthly'")
        }
        return nil
    }
}
