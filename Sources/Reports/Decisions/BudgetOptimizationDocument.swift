import Simulation

/// The JSON document of `plancast optimize`.
struct BudgetOptimizationDocument: Encodable {
    struct ChannelRow: Encodable {
        var channel: String
        var current: [Double]
        var optimised: [Double]
        var marginalLeadsPerSpend: Double
        var marginalRevenuePerSpend: Double
    }

    struct Bound: Encodable {
        var channel: String
        var side: String
        var limit: Double
        var source: String?
    }

    struct BindingBound: Encodable {
        var channel: String
        var side: String
        var limit: Double
        var source: String?
        var marginalRevenuePerSpend: Double
        var bestFreeMarginalRevenuePerSpend: Double?
    }

    var objective: String
    var currency: String?
    var budget: Double
    var budgetSource: String?
    var start: String
    var evaluations: Int
    var seed: UInt64
    var trials: Int
    var channels: [ChannelRow]
    var bounds: [Bound]
    var binding: [BindingBound]
    var currentPHit: Estimate
    var optimisedPHit: Estimate?
    var pHitDifference: Estimate?
    var currentMeanRevenue: Estimate
    var optimisedMeanRevenue: Estimate?
    var meanRevenueDifference: Estimate?

    init(_ r: BudgetOptimization, currency: String?, sources: BudgetOptimizationSources) {
        objective = r.objective.rawValue
        self.currency = currency
        budget = r.budget
        budgetSource = sources.budget
        start = r.start.rawValue
        evaluations = r.evaluations
        seed = r.comparison.base.seed
        trials = r.comparison.base.trials
        channels = r.optimal.channels.indices.map { c in
            ChannelRow(channel: r.optimal.channels[c], current: r.current.spend[c], optimised: r.optimal.spend[c],
                       marginalLeadsPerSpend: r.marginalLeads[c], marginalRevenuePerSpend: r.marginalRevenue[c])
        }
        bounds = sources.bounds(of: r).map { Bound(channel: $0.channel, side: $0.side.rawValue, limit: $0.limit, source: $0.source) }
        binding = r.binding.map {
            BindingBound(channel: $0.channel, side: $0.side.rawValue, limit: $0.limit, source: sources.source(of: $0.channel, $0.side),
                         marginalRevenuePerSpend: $0.marginalRevenue, bestFreeMarginalRevenuePerSpend: $0.freeMarginalRevenue)
        }
        currentPHit = r.comparison.base.probabilityOfHit
        currentMeanRevenue = r.comparison.base.revenue.mean
        let strategy = r.comparison.strategies.first
        optimisedPHit = strategy?.result.probabilityOfHit
        pHitDifference = strategy?.probabilityOfHitDifference
        optimisedMeanRevenue = strategy?.result.revenue.mean
        meanRevenueDifference = strategy?.meanRevenueDifference
    }
}
