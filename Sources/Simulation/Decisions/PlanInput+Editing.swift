import Statistics

extension PlanInput {
    /// The scalar value of the input in `plan`: its distribution or fixed value. A list input
    /// (`spend`, whole planned `leads`), the target and `capacity.hires` answer their level
    /// as a fixed value.
    public func value(in plan: Plan) -> UncertainValue {
        var value: UncertainValue?
        var copy = plan
        _ = editScalar(&copy) { current in value = current }
        return value ?? .fixed(level(in: plan))
    }

    /// The input's level: a scalar's mean, a list's window total, the target's total, or the
    /// number of extra first-month hires (0 in the plan as given).
    public func level(in plan: Plan) -> Double {
        switch kind {
        case .spend(let channel):
            guard case .spend(let spend)? = plan.channels.first(where: { $0.name == channel })?.leads else { return 0 }
            return spend.spend.reduce(0, +)
        case .plannedLeads(let channel, nil):
            guard case .planned(let values)? = plan.channels.first(where: { $0.name == channel })?.leads else { return 0 }
            return values.reduce(0) { $0 + $1.mean }
        case .target: return plan.target.total
        case .hires: return 0
        default: return value(in: plan).mean
        }
    }

    /// `plan` with the input held at `level`: a scalar becomes that fixed value; a list is
    /// scaled so its window total is `level` (spread evenly when it was all zero); the target
    /// is scaled to that total; `capacity.hires` adds `level` (rounded) reps in the window's
    /// first month, ramping like the plan's first hire (fully productive when none).
    public func fixing(_ plan: Plan, at level: Double) -> Plan {
        var copy = plan
        if editScalar(&copy, { $0 = .fixed(level) }) { return copy }
        switch kind {
        case .spend(let channel):
            editChannel(&copy, channel) { leads in
                guard case .spend(var spend) = leads else { return }
                spend.spend = Self.scaled(spend.spend, toTotal: level)
                leads = .spend(spend)
            }
        case .plannedLeads(let channel, nil):
            editChannel(&copy, channel) { leads in
                guard case .planned(let values) = leads else { return }
                let total = values.reduce(0) { $0 + $1.mean }
                leads = .planned(total > 0 ? values.map { $0.scaled(by: level / total) }
                                           : Array(repeating: .fixed(level / Double(values.count)), count: values.count))
            }
        case .target:
            let total = plan.target.total
            copy.target = switch plan.target {
            case .total: .total(level)
            case .monthly(let values): .monthly(total > 0 ? values.map { $0 * level / total }
                                                          : Array(repeating: level / Double(values.count), count: values.count))
            }
        case .hires:
            let count = Int(level.rounded())
            if var capacity = copy.capacity, count > 0 {
                capacity.hires.append(Hire(month: 0, count: count, ramp: capacity.hires.first?.ramp ?? []))
                copy.capacity = capacity
            }
        default: break
        }
        return copy
    }

    /// `plan` with the input's mean moved to `mean`, keeping its spread.
    ///
    /// A fixed value becomes `mean`. An uncertain rate becomes a beta distribution with that
    /// mean and the original standard deviation, narrowed to at most
    /// `maximumBetaSpread`·√(m(1 − m)) so the beta exists near 0 and 1; a normal, log-normal or
    /// gamma keeps its standard deviation; triangular, PERT, uniform, discrete and empirical
    /// values move by the change in mean. Lists, the target and hires are set as by `fixing`.
    public func shiftingMean(_ plan: Plan, to mean: Double) -> Plan {
        var copy = plan
        if editScalar(&copy, { $0 = $0.withMean(mean, isRate: isRate) }) { return copy }
        return fixing(plan, at: mean)
    }

    /// Applies `edit` to the scalar the input names; false for lists, target and hires.
    private func editScalar(_ plan: inout Plan, _ edit: (inout UncertainValue) -> Void) -> Bool {
        switch kind {
        case .uncertainty(let channel):
            guard let index = plan.channels.firstIndex(where: { $0.name == channel }), var value = plan.channels[index].uncertainty else { return false }
            edit(&value)
            plan.channels[index].uncertainty = value
        case .plannedLeads(let channel, let month?):
            editChannel(&plan, channel) { leads in
                guard case .planned(var values) = leads else { return }
                edit(&values[month])
                leads = .planned(values)
            }
        case .costPerLead(let channel), .maxLeads(let channel), .halfSpend(let channel), .slope(let channel):
            editChannel(&plan, channel) { leads in
                guard case .spend(var spend) = leads else { return }
                spend.response = editResponse(spend.response, edit)
                leads = .spend(spend)
            }
        case .stageRate(let stage):
            guard let index = plan.funnel.stages.firstIndex(where: { $0.name == stage }) else { return false }
            edit(&plan.funnel.stages[index].rate)
        case .dealSize: edit(&plan.funnel.dealSize)
        case .winRate(let stage):
            guard var value = plan.pipeline?.winRates[stage] else { return false }
            edit(&value)
            plan.pipeline?.winRates[stage] = value
        case .slip: if plan.pipeline != nil { edit(&plan.pipeline!.slip) }
        case .opportunitiesPerRep: if plan.capacity != nil { edit(&plan.capacity!.opportunitiesPerRepMonth) }
        case .attrition: if plan.capacity != nil { edit(&plan.capacity!.attritionMonthly) }
        case .startingMRR: if plan.recurring != nil { edit(&plan.recurring!.startingMRR) }
        case .churn: if plan.recurring != nil { edit(&plan.recurring!.churnMonthly) }
        case .spend, .plannedLeads(_, nil), .target, .hires: return false
        }
        return true
    }

    private func editResponse(_ response: SpendResponse, _ edit: (inout UncertainValue) -> Void) -> SpendResponse {
        switch (kind, response) {
        case (.costPerLead, .costPerLead(var cost)):
            edit(&cost)
            return .costPerLead(cost)
        case (_, .hill(var maxLeads, var halfSpend, var slope)):
            switch kind {
            case .maxLeads: edit(&maxLeads)
            case .halfSpend: edit(&halfSpend)
            case .slope: edit(&slope)
            default: break
            }
            return .hill(maxLeads: maxLeads, halfSpend: halfSpend, slope: slope)
        default: return response
        }
    }

    private func editChannel(_ plan: inout Plan, _ name: String, _ edit: (inout LeadSource) -> Void) {
        guard let index = plan.channels.firstIndex(where: { $0.name == name }) else { return }
        edit(&plan.channels[index].leads)
    }

    /// `values` scaled to sum to `total`; spread evenly when they sum to zero.
    static func scaled(_ values: [Double], toTotal total: Double) -> [Double] {
        let current = values.reduce(0, +)
        guard current > 0 else { return Array(repeating: total / Double(values.count), count: values.count) }
        return values.map { $0 * total / current }
    }
}
