import Statistics

extension PlanInput {
    /// The input `path` names in `plan`.
    /// - Throws: `SimulationError` naming the path, the forms accepted and, for an unknown
    ///   channel or stage, the names the plan has.
    public init(path: String, in plan: Plan) throws(SimulationError) {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let kind: Kind? = switch parts.first {
        case "channels": try Self.channelKind(parts, plan: plan, path: path)
        case "funnel": try Self.funnelKind(parts, plan: plan, path: path)
        case "pipeline": try Self.pipelineKind(parts, plan: plan, path: path)
        case "capacity":
            plan.capacity == nil ? nil : ["opportunities_per_rep_month": .opportunitiesPerRep, "attrition_monthly": .attrition,
                                          "hires": .hires][parts.count == 2 ? parts[1] : ""]
        case "recurring":
            plan.recurring == nil ? nil : ["starting_mrr": .startingMRR, "churn_monthly": .churn][parts.count == 2 ? parts[1] : ""]
        case "target": parts.count == 1 ? .target : nil
        default: nil
        }
        guard let kind else { throw Self.unknown(path) }
        self.init(kind)
    }

    /// Every input of `plan` given as a distribution, in plan order: channel multipliers,
    /// uncertain planned leads and response parameters, stage rates, deal size, win rates,
    /// slip, capacity and recurring inputs.
    public static func uncertainInputs(of plan: Plan) -> [PlanInput] {
        var inputs: [Kind] = []
        for channel in plan.channels {
            let name = channel.name
            if let uncertainty = channel.uncertainty, !uncertainty.isFixed { inputs.append(.uncertainty(channel: name)) }
            switch channel.leads {
            case .planned(let values):
                for (month, value) in values.enumerated() where !value.isFixed { inputs.append(.plannedLeads(channel: name, month: month)) }
            case .spend(let spend):
                switch spend.response {
                case .costPerLead(let cost): if !cost.isFixed { inputs.append(.costPerLead(channel: name)) }
                case .hill(let maxLeads, let halfSpend, let slope):
                    if !maxLeads.isFixed { inputs.append(.maxLeads(channel: name)) }
                    if !halfSpend.isFixed { inputs.append(.halfSpend(channel: name)) }
                    if !slope.isFixed { inputs.append(.slope(channel: name)) }
                }
            case .forecast: break
            }
        }
        inputs += plan.funnel.stages.filter { !$0.rate.isFixed }.map { .stageRate(stage: $0.name) }
        if !plan.funnel.dealSize.isFixed { inputs.append(.dealSize) }
        if let pipeline = plan.pipeline {
            inputs += pipeline.winRates.keys.sorted().filter { !pipeline.winRates[$0]!.isFixed }.map { .winRate(stage: $0) }
            if !pipeline.slip.isFixed { inputs.append(.slip) }
        }
        if let capacity = plan.capacity {
            if !capacity.opportunitiesPerRepMonth.isFixed { inputs.append(.opportunitiesPerRep) }
            if !capacity.attritionMonthly.isFixed { inputs.append(.attrition) }
        }
        if let recurring = plan.recurring {
            if !recurring.startingMRR.isFixed { inputs.append(.startingMRR) }
            if !recurring.churnMonthly.isFixed { inputs.append(.churn) }
        }
        return inputs.map(PlanInput.init)
    }

    private static func channelKind(_ parts: [String], plan: Plan, path: String) throws(SimulationError) -> Kind? {
        guard parts.count >= 3 else { return nil }
        let name = parts[1]
        guard let channel = plan.channels.first(where: { $0.name == name }) else {
            throw SimulationError(problems: [.init(path: path, expected: "a channel of the plan (\(plan.channels.map(\.name).joined(separator: ", ")))",
                                                   found: "'\(name)'")])
        }
        switch (parts[2], channel.leads, parts.count) {
        case ("uncertainty", _, 3): return channel.uncertainty == nil ? nil : .uncertainty(channel: name)
        case ("leads", .planned(let values), 3): return values.isEmpty ? nil : .plannedLeads(channel: name, month: nil)
        case ("leads", .planned(let values), 4):
            guard let month = Int(parts[3]), (1...values.count).contains(month) else { return nil }
            return .plannedLeads(channel: name, month: month - 1)
        case ("spend", .spend, 3): return .spend(channel: name)
        case ("cost_per_lead", .spend(let spend), 3):
            if case .costPerLead = spend.response { return .costPerLead(channel: name) }
            return nil
        case ("max_leads", .spend(let spend), 3), ("half_spend", .spend(let spend), 3), ("slope", .spend(let spend), 3):
            guard case .hill = spend.response else { return nil }
            return ["max_leads": .maxLeads(channel: name), "half_spend": .halfSpend(channel: name), "slope": .slope(channel: name)][parts[2]]
        default: return nil
        }
    }

    private static func funnelKind(_ parts: [String], plan: Plan, path: String) throws(SimulationError) -> Kind? {
        if parts == ["funnel", "deal_size"] { return .dealSize }
        guard parts.count == 4, parts[1] == "stages", parts[3] == "rate" else { return nil }
        guard plan.funnel.stages.contains(where: { $0.name == parts[2] }) else {
            throw SimulationError(problems: [.init(path: path, expected: "a funnel stage (\(plan.funnel.stages.map(\.name).joined(separator: ", ")))",
                                                   found: "'\(parts[2])'")])
        }
        return .stageRate(stage: parts[2])
    }

    private static func pipelineKind(_ parts: [String], plan: Plan, path: String) throws(SimulationError) -> Kind? {
        guard let pipeline = plan.pipeline else { return nil }
        if parts == ["pipeline", "slip"] { return .slip }
        guard parts.count == 3, parts[1] == "win_rate" else { return nil }
        guard pipeline.winRates[parts[2]] != nil else {
            throw SimulationError(problems: [.init(path: path, expected: "a pipeline stage (\(pipeline.winRates.keys.sorted().joined(separator: ", ")))",
                                                   found: "'\(parts[2])'")])
        }
        return .winRate(stage: parts[2])
    }

    private static func unknown(_ path: String) -> SimulationError {
        SimulationError(problems: [.init(
            path: path,
            expected: "an input of the plan: channels.NAME.uncertainty|spend|leads|leads.MONTH|cost_per_lead|max_leads|half_spend|slope, "
                + "funnel.stages.NAME.rate, funnel.deal_size, pipeline.win_rate.STAGE, pipeline.slip, "
                + "capacity.opportunities_per_rep_month|attrition_monthly|hires, recurring.starting_mrr|churn_monthly or target",
            found: "'\(path)'")])
    }
}
