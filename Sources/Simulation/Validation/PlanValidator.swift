import Statistics

/// Checks a `Plan` against what the engine can simulate, collecting every problem.
///
/// Distributions are checked by their support: a rate must stay in [0, 1], amounts and
/// counts must stay non-negative, so no trial can ever draw an invalid value.
struct PlanValidator {
    /// Tolerance on probabilities that must sum to 1 (the scenario format's rule).
    static let probabilitySumTolerance = 1e-9

    private(set) var problems: [SimulationError.Problem] = []

    mutating func validate(_ plan: Plan) {
        let months = plan.window.months
        validateTarget(plan.target, months: months)
        var seen = Set<String>()
        for channel in plan.channels {
            if !seen.insert(channel.name).inserted {
                report("channels[\(channel.name)]", "a unique channel name", "a duplicate")
            }
            validate(channel, months: months)
        }
        validate(plan.funnel)
        if let pipeline = plan.pipeline { validate(pipeline) }
        if let capacity = plan.capacity { validate(capacity, months: months) }
        if let recurring = plan.recurring {
            nonNegative(recurring.startingMRR, "recurring.starting_mrr")
            probability(recurring.churnMonthly, "recurring.churn_monthly")
        }
    }

    private mutating func validateTarget(_ target: RevenueTarget, months: Int) {
        switch target {
        case .total(let value):
            if !(value.isFinite && value >= 0) { report("target", "a finite amount ≥ 0", "\(value)") }
        case .monthly(let values):
            if values.count != months { report("target.monthly", "\(months) entries", "\(values.count)") }
            for (m, value) in values.enumerated() where !(value.isFinite && value >= 0) {
                report("target.monthly[\(m)]", "a finite amount ≥ 0", "\(value)")
            }
        }
    }

    private mutating func validate(_ channel: Channel, months: Int) {
        let path = "channels[\(channel.name)]"
        if let uncertainty = channel.uncertainty { nonNegative(uncertainty, "\(path).uncertainty") }
        switch channel.leads {
        case .planned(let leads):
            if leads.count != months { report("\(path).leads", "\(months) entries", "\(leads.count)") }
            for (m, value) in leads.enumerated() { nonNegative(value, "\(path).leads[\(m)]") }
        case .spend(let plan):
            if plan.spend.count != months { report("\(path).spend", "\(months) entries", "\(plan.spend.count)") }
            for (m, value) in plan.spend.enumerated() { nonNegative(.fixed(value), "\(path).spend[\(m)]") }
            if !(plan.carryover >= 0 && plan.carryover < 1) {
                report("\(path).carryover", "a number in [0, 1)", "\(plan.carryover)")
            }
            nonNegative(.fixed(plan.priorSpend), "\(path).prior_spend")
            switch plan.response {
            case .costPerLead(let cost):
                positive(cost, "\(path).response.cost_per_lead")
            case .hill(let maxLeads, let halfSpend, let slope):
                nonNegative(maxLeads, "\(path).response.hill.max_leads")
                positive(halfSpend, "\(path).response.hill.half_spend")
                positive(slope, "\(path).response.hill.slope")
            }
        case .forecast:
            break
        }
    }

    private mutating func validate(_ funnel: Funnel) {
        for stage in funnel.stages { probability(stage.rate, "funnel.stages[\(stage.name)].rate") }
        nonNegative(funnel.dealSize, "funnel.deal_size")
        if funnel.cycleMonths.isEmpty { report("funnel.cycle_months", "at least one lag", "none") }
        for (lag, p) in funnel.cycleMonths.enumerated() where !(p >= 0 && p <= 1) {
            report("funnel.cycle_months[\(lag)]", "a probability in [0, 1]", "\(p)")
        }
        let sum = funnel.cycleMonths.reduce(0, +)
        if !funnel.cycleMonths.isEmpty && !(abs(sum - 1) <= Self.probabilitySumTolerance) {
            report("funnel.cycle_months", "probabilities summing to 1", "a sum of \(sum)")
        }
    }

    private mutating func validate(_ pipeline: Pipeline) {
        for (stage, rate) in pipeline.winRates.sorted(by: { $0.key < $1.key }) {
            probability(rate, "pipeline.win_rate[\(stage)]")
        }
        probability(pipeline.slip, "pipeline.slip")
        for deal in pipeline.deals {
            if pipeline.winRates[deal.stage] == nil {
                report("pipeline.deals[\(deal.id)].stage", "a stage listed in win_rate", "'\(deal.stage)'")
            }
            if !(deal.amount.isFinite && deal.amount >= 0) {
                report("pipeline.deals[\(deal.id)].amount", "a finite amount ≥ 0", "\(deal.amount)")
            }
        }
    }

    private mutating func validate(_ capacity: Capacity, months: Int) {
        if capacity.reps < 0 { report("capacity.reps", "a count ≥ 0", "\(capacity.reps)") }
        nonNegative(capacity.opportunitiesPerRepMonth, "capacity.opportunities_per_rep_month")
        probability(capacity.attritionMonthly, "capacity.attrition_monthly")
        for (index, hire) in capacity.hires.enumerated() {
            let path = "capacity.hires[\(index)]"
            if !(0..<months).contains(hire.month) { report("\(path).month", "a month index in 0..<\(months)", "\(hire.month)") }
            if hire.count < 0 { report("\(path).count", "a count ≥ 0", "\(hire.count)") }
            for (k, factor) in hire.ramp.enumerated() where !(factor.isFinite && factor >= 0) {
                report("\(path).ramp[\(k)]", "a finite factor ≥ 0", "\(factor)")
            }
        }
    }

    private mutating func probability(_ value: UncertainValue, _ path: String) {
        let support = value.support
        if !(support.lowerBound >= 0 && support.upperBound <= 1) {
            report(path, "a rate within [0, 1] (use a beta distribution for an uncertain rate)", value.describedForError)
        }
    }

    private mutating func nonNegative(_ value: UncertainValue, _ path: String) {
        let support = value.support
        let finiteIfFixed = !value.isFixed || support.lowerBound.isFinite
        if !(support.lowerBound >= 0 && finiteIfFixed) {
            report(path, "a value ≥ 0", value.describedForError)
        }
    }

    private mutating func positive(_ value: UncertainValue, _ path: String) {
        let support = value.support
        let finiteIfFixed = !value.isFixed || support.lowerBound.isFinite
        let ok = support.lowerBound > 0 || (support.lowerBound == 0 && value.supportExcludesZero)
        if !(ok && finiteIfFixed) { report(path, "a value > 0", value.describedForError) }
    }

    private mutating func report(_ path: String, _ expected: String, _ found: String) {
        problems.append(SimulationError.Problem(path: path, expected: expected, found: found))
    }
}

extension UncertainValue {
    /// Whether a draw is 0 with probability zero although the support starts at 0
    /// (log-normal and gamma draws are strictly positive).
    fileprivate var supportExcludesZero: Bool {
        switch self {
        case .logNormal, .gamma: true
        default: false
        }
    }
}
