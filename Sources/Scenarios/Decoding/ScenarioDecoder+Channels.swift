import Simulation
import Statistics

extension ScenarioDecoder {
    static let channelKeys = ["name", "leads", "spend", "response", "carryover", "prior_spend", "uncertainty", "remove"]

    /// `channels:` — one entry per lead source, names unique.
    mutating func channels(_ node: ScenarioNode) -> [Channel]? {
        guard let items = list(node, "a list of channels") else { return nil }
        let errorCount = errors.count
        var channels: [Channel] = []
        var seen: [String: ScenarioNode] = [:]
        for item in items {
            guard let channel = channel(item) else { continue }
            if let first = seen[channel.name] {
                report(item["name"] ?? item, "duplicate channel name '\(channel.name)' (first defined at \(first.location))",
                       suggestion: "give each channel a unique name")
                continue
            }
            seen[channel.name] = item["name"] ?? item
            channels.append(channel)
        }
        return errors.count == errorCount ? channels : nil
    }

    private mutating func channel(_ node: ScenarioNode) -> Channel? {
        guard let fields = fields(node, "a channel mapping with a name and leads or spend",
                                  allowed: Self.channelKeys, required: ["name"])
        else { return nil }
        let name = fields["name"].flatMap { string($0) }
        if let remove = fields["remove"], bool(remove) == true {
            report(remove, "remove: true, but no inherited channel named '\(name ?? "")' to remove",
                   suggestion: "remove: applies in a strategy or a file that extends another, to drop a channel it inherits")
            return nil
        }
        let uncertainty = fields["uncertainty"].flatMap { value($0, .nonNegative("uncertainty multiplier")) }
        let leads = leadSource(fields)
        guard let name, let leads, fields["uncertainty"] == nil || uncertainty != nil else { return nil }
        return Channel(name: name, leads: leads, uncertainty: uncertainty)
    }

    private mutating func leadSource(_ fields: Fields) -> LeadSource? {
        let spendOnly = ["response", "carryover", "prior_spend"]
        switch (fields["leads"], fields["spend"]) {
        case (let leads?, nil):
            for key in spendOnly { if let node = fields[key] { report(node, "\(key) applies only to a channel with spend") } }
            if let column = leads["forecast"] {
                guard leads.entries?.count == 1 else {
                    report(leads, "leads: { forecast: column } takes only the column name")
                    return nil
                }
                return string(column).flatMap { leadForecast(column, name: $0) }.map(LeadSource.forecast)
            }
            return perMonth(leads, "leads") { $0.value($1, .nonNegative("leads")) }.map(LeadSource.planned)
        case (nil, let spend?):
            let values = perMonth(spend, "spend") { $0.plainNumber($1, .nonNegative("spend")) }
            guard let responseNode = fields["response"] else {
                report(fields.node, "missing required key 'response' (how spend turns into leads)",
                       suggestion: "add response: { cost_per_lead: 85 } or { hill: { max_leads, half_spend, slope } }")
                return nil
            }
            let response = response(responseNode)
            var carryover = fields["carryover"].flatMap { self.carryover($0) }
            if let fitted = response?.carryover, let node = fields["carryover"] {
                report(node, "carryover comes from the marketing-mix parameters in response (\(NumberText.exact(fitted)))",
                       suggestion: "remove carryover:")
                return nil
            }
            carryover = response?.carryover ?? carryover
            let priorSpend = fields["prior_spend"].flatMap { plainNumber($0, .nonNegative("prior spend")) }
            guard let values, let response = response?.response,
                  fields["carryover"] == nil || carryover != nil, fields["prior_spend"] == nil || priorSpend != nil
            else { return nil }
            return .spend(SpendPlan(spend: values, response: response, carryover: carryover ?? 0, priorSpend: priorSpend ?? 0))
        case (.some, .some):
            report(fields.node, "give either leads or spend, not both")
        case (nil, nil):
            report(fields.node, "missing required key 'leads' or 'spend'")
        }
        return nil
    }

    private mutating func carryover(_ node: ScenarioNode) -> Double? {
        guard let value = plainNumber(node, .rate("carryover")) else { return nil }
        guard value < 1 else {
            report(node, "carryover 1 must be below 1 (spend would accumulate without limit)")
            return nil
        }
        return value
    }

    /// `{ cost_per_lead: 85 }`, `{ hill: { max_leads: 2000, half_spend: 80000, slope: 1 } }`, or a
    /// marketing-mix tool's curve (`robyn`, `meridian`, `pymc_marketing`), which also fixes the
    /// carry-over (returned with it).
    private mutating func response(_ node: ScenarioNode) -> (response: SpendResponse, carryover: Double?)? {
        let expected = "{ cost_per_lead: N }, { hill: { max_leads, half_spend, slope } } or { robyn | meridian | pymc_marketing: {…} }"
        guard let fields = fields(node, expected, allowed: ["cost_per_lead", "hill"] + Self.marketingMixTools) else { return nil }
        let tools = Self.marketingMixTools.filter { fields[$0] != nil }
        if let tool = tools.first {
            guard tools.count == 1, fields["cost_per_lead"] == nil, fields["hill"] == nil else {
                report(node, "give one response: cost_per_lead, hill, robyn, meridian or pymc_marketing")
                return nil
            }
            return marketingMixResponse(tool, fields[tool]!).map { ($0.0, $0.carryover) }
        }
        return hillOrCostPerLead(node, fields)
    }

    private mutating func hillOrCostPerLead(_ node: ScenarioNode, _ fields: Fields) -> (response: SpendResponse, carryover: Double?)? {
        switch (fields["cost_per_lead"], fields["hill"]) {
        case (let cost?, nil):
            return value(cost, .positive("cost per lead")).map { (SpendResponse.costPerLead($0), nil) }
        case (nil, let hill?):
            guard let hill = self.fields(hill, "a mapping { max_leads, half_spend, slope }",
                                         allowed: ["max_leads", "half_spend", "slope"], required: ["max_leads", "half_spend", "slope"])
            else { return nil }
            let maxLeads = hill["max_leads"].flatMap { value($0, .nonNegative("max leads")) }
            let halfSpend = hill["half_spend"].flatMap { value($0, .positive("half spend")) }
            let slope = hill["slope"].flatMap { value($0, .positive("slope")) }
            guard let maxLeads, let halfSpend, let slope else { return nil }
            return (.hill(maxLeads: maxLeads, halfSpend: halfSpend, slope: slope), nil)
        case (.some, .some):
            report(node, "give either cost_per_lead or hill, not both")
        case (nil, nil):
            report(node, "missing required key 'cost_per_lead' or 'hill'")
        }
        return nil
    }
}
