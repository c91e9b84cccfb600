/// One input of a plan, named by a stable dotted path such as `funnel.stages.won.rate` or
/// `channels.paid_search.spend`.
///
/// Paths follow the scenario file's keys and use names, never list positions, so the same
/// path means the same input in a strategy or an edited file. Scalar inputs hold one value
/// (fixed or a distribution); list inputs (`spend`, planned `leads`) hold one value a month
/// and are edited as a whole by scaling.
public struct PlanInput: Sendable, Hashable, CustomStringConvertible {
    /// What the path points at.
    enum Kind: Sendable, Hashable {
        case uncertainty(channel: String)
        /// A month's planned leads (0-based month), or the whole list when `month` is nil.
        case plannedLeads(channel: String, month: Int?)
        case spend(channel: String)
        case costPerLead(channel: String)
        case maxLeads(channel: String)
        case halfSpend(channel: String)
        case slope(channel: String)
        case stageRate(stage: String)
        case dealSize
        case winRate(stage: String)
        case slip
        case opportunitiesPerRep
        case attrition
        case startingMRR
        case churn
        case target
        /// Extra reps hired in the window's first month.
        case hires
    }

    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    /// The dotted path, e.g. `channels.paid_search.uncertainty`; months of a planned-leads
    /// list are numbered from 1.
    public var path: String {
        switch kind {
        case .uncertainty(let channel): "channels.\(channel).uncertainty"
        case .plannedLeads(let channel, let month): "channels.\(channel).leads" + (month.map { ".\($0 + 1)" } ?? "")
        case .spend(let channel): "channels.\(channel).spend"
        case .costPerLead(let channel): "channels.\(channel).cost_per_lead"
        case .maxLeads(let channel): "channels.\(channel).max_leads"
        case .halfSpend(let channel): "channels.\(channel).half_spend"
        case .slope(let channel): "channels.\(channel).slope"
        case .stageRate(let stage): "funnel.stages.\(stage).rate"
        case .dealSize: "funnel.deal_size"
        case .winRate(let stage): "pipeline.win_rate.\(stage)"
        case .slip: "pipeline.slip"
        case .opportunitiesPerRep: "capacity.opportunities_per_rep_month"
        case .attrition: "capacity.attrition_monthly"
        case .startingMRR: "recurring.starting_mrr"
        case .churn: "recurring.churn_monthly"
        case .target: "target"
        case .hires: "capacity.hires"
        }
    }

    public var description: String { path }

    /// True for inputs that are a probability (their values and means lie in [0, 1]).
    var isRate: Bool {
        switch kind {
        case .stageRate, .winRate, .slip, .attrition, .churn: true
        default: false
        }
    }

    /// True for inputs drawn once per trial; false for deal size, which is drawn for every
    /// deal, and for the inputs that are never random.
    var isDrawnPerTrial: Bool {
        switch kind {
        case .dealSize, .spend, .target, .hires: false
        case .plannedLeads(_, let month): month != nil
        default: true
        }
    }
}
