import Simulation

extension ScenarioDecoder {
    /// `recurring: { starting_mrr, churn_monthly, counts_toward_target }`.
    mutating func recurring(_ node: ScenarioNode) -> Recurring? {
        guard let fields = fields(node, "a mapping { starting_mrr, churn_monthly, counts_toward_target }",
                                  allowed: ["starting_mrr", "churn_monthly", "counts_toward_target"],
                                  required: ["starting_mrr"])
        else { return nil }
        let mrr = fields["starting_mrr"].flatMap { value($0, .nonNegative("starting MRR")) }
        let churn = fields["churn_monthly"].flatMap { value($0, .rate("churn")) }
        let counts = fields["counts_toward_target"].flatMap { bool($0) }
        guard let mrr, fields["churn_monthly"] == nil || churn != nil,
              fields["counts_toward_target"] == nil || counts != nil
        else { return nil }
        return Recurring(startingMRR: mrr, churnMonthly: churn ?? .fixed(0), countsTowardTarget: counts ?? false)
    }
}
