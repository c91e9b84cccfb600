import Simulation

/// The JSON form of a `SimulationResult` (schema in docs/output-json.md). Field names are
/// snake_case and stable; amounts are plain numbers in the plan's currency; infinite or
/// undefined values are null.
struct SimulationDocument: Encodable {
    struct Value: Encodable {
        let value: Double?
        let standardError: Double?

        init(_ estimate: Estimate) {
            value = estimate.value.isFinite ? estimate.value : nil
            standardError = estimate.standardError.isFinite ? estimate.standardError : nil
        }
    }

    struct Level: Encodable {
        let level: Double
        let value: Double?
        let standardError: Double?

        init(_ percentile: Percentile) {
            level = percentile.level
            value = percentile.value.isFinite ? percentile.value : nil
            standardError = percentile.standardError.flatMap { $0.isFinite ? $0 : nil }
        }
    }

    struct Window: Encodable {
        let start: String
        let months: Int
    }

    struct Target: Encodable {
        let total: Double
        let monthly: [Double]?
    }

    struct Revenue: Encodable {
        let mean: Value
        let standardDeviation: Double
        let percentiles: [Level]
    }

    struct Month: Encodable {
        let month: String
        let target: Double?
        let cumulativeTarget: Double
        let revenueMean: Double
        let revenuePercentiles: [Level]
        let cumulativePercentiles: [Level]
        let pHitMonth: Double?
        let pOnTrack: Double
    }

    struct Source: Encodable {
        let name: String
        let kind: String
        let countsTowardTarget: Bool
        let meanRevenue: Value
        let share: Double?
    }

    struct Funnel: Encodable {
        let channel: String
        let leads: Double
        let opportunities: Double
        let lostToCapacity: Double
        let won: Double
        let closingAfterWindow: Double
    }

    struct Marketing: Encodable {
        let spend: Double
        let cac: Value
        let cacPercentiles: [Level]
        let roi: Value
        let roiPercentiles: [Level]
    }

    let schema = "plancast.simulate/1"
    let scenario: String
    let currency: String?
    let window: Window
    let target: Target
    let seed: UInt64
    let trials: Int
    let precisionTarget: Double?
    let pHit: Value
    let revenue: Revenue
    let attainmentPercentiles: [Level]
    let expectedShortfall: Value?
    let months: [Month]
    let sources: [Source]
    let funnel: [Funnel]
    let marketing: Marketing?
    let newDealsWon: Value
    /// Every `OutcomeMetric` by its name, as `plancast test` checks them.
    let metrics: [String: Value]

    init(_ result: SimulationResult, currency: String?) {
        scenario = result.planName
        self.currency = currency
        window = Window(start: result.window.start.description, months: result.window.months)
        switch result.target {
        case .total(let total): target = Target(total: total, monthly: nil)
        case .monthly(let values): target = Target(total: result.target.total, monthly: values)
        }
        seed = result.seed
        trials = result.trials
        precisionTarget = result.precisionTarget
        pHit = Value(result.probabilityOfHit)
        revenue = Revenue(mean: Value(result.revenue.mean), standardDeviation: result.revenue.standardDeviation,
                          percentiles: result.revenue.percentiles.map(Level.init))
        attainmentPercentiles = result.attainment.map(Level.init)
        expectedShortfall = result.expectedShortfall.map(Value.init)
        months = result.months.map {
            Month(month: $0.month.description, target: $0.target, cumulativeTarget: $0.cumulativeTarget, revenueMean: $0.revenueMean,
                  revenuePercentiles: $0.revenuePercentiles.map(Level.init), cumulativePercentiles: $0.cumulativePercentiles.map(Level.init),
                  pHitMonth: $0.probabilityOfHittingMonth, pOnTrack: $0.probabilityOnTrack)
        }
        sources = result.sources.map {
            Source(name: $0.name, kind: $0.kind.rawValue, countsTowardTarget: $0.countsTowardTarget, meanRevenue: Value($0.meanRevenue), share: $0.share)
        }
        funnel = result.funnel.map {
            Funnel(channel: $0.channel, leads: $0.leads, opportunities: $0.opportunities, lostToCapacity: $0.lostToCapacity,
                   won: $0.won, closingAfterWindow: $0.closingAfterWindow)
        }
        marketing = result.marketing.map {
            Marketing(spend: $0.spend, cac: Value($0.costPerAcquisition), cacPercentiles: $0.costPerAcquisitionPercentiles.map(Level.init),
                      roi: Value($0.returnOnSpend), roiPercentiles: $0.returnOnSpendPercentiles.map(Level.init))
        }
        newDealsWon = Value(result.newDealsWon)
        metrics = Dictionary(uniqueKeysWithValues: OutcomeMetric.allCases.map { ($0.rawValue, Value(result.estimate($0))) })
    }
}
