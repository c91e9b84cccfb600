import Simulation

/// `--format json` of `plancast sensitivity`, `solve` and `optimize` (schema:
/// docs/decisions.md). Keys sorted and snake_case like the other JSON reports.
public enum DecisionJSONReport {
    public static func write(_ sensitivity: Sensitivity, currency: String?, to stream: inout some TextOutputStream) throws {
        try JSONOutput.write(SensitivityDocument(sensitivity, currency: currency), to: &stream)
    }

    /// - Parameter sources: where the budget and bounds were set, written beside each of them.
    public static func write(
        _ result: BudgetOptimization, currency: String?, sources: BudgetOptimizationSources = .init(), to stream: inout some TextOutputStream
    ) throws {
        try JSONOutput.write(BudgetOptimizationDocument(result, currency: currency, sources: sources), to: &stream)
    }

    public static func write(_ result: GoalSeekResult, currency: String?, to stream: inout some TextOutputStream) throws {
        try JSONOutput.write(GoalSeekDocument(result, currency: currency), to: &stream)
    }
}

struct SensitivityDocument: Encodable {
    struct Bar: Encodable {
        var input: String
        var included: Bool
        var movesMean: Bool
        var lowValue: Double
        var highValue: Double
        var pHitLow: Estimate
        var pHitHigh: Estimate
        var pHitSwing: Estimate
        var meanRevenueLow: Estimate
        var meanRevenueHigh: Estimate
        var meanRevenueSwing: Estimate
        var varianceShare: Estimate?
    }

    var plan: String
    var currency: String?
    var seed: UInt64
    var trials: Int
    var target: Double
    var pHit: Estimate
    var meanRevenue: Estimate
    var revenueVariance: Double
    var swing: Double
    var explainedShare: Double
    var inputs: [Bar]

    init(_ s: Sensitivity, currency: String?) {
        plan = s.planName
        self.currency = currency
        seed = s.seed
        trials = s.trials
        target = s.target
        pHit = s.probabilityOfHit
        meanRevenue = s.meanRevenue
        revenueVariance = s.revenueVariance
        swing = s.swing
        explainedShare = s.explainedShare
        inputs = s.inputs.map {
            Bar(input: $0.path, included: $0.isIncluded, movesMean: $0.movesMean, lowValue: $0.lowValue, highValue: $0.highValue,
                pHitLow: $0.low.probabilityOfHit, pHitHigh: $0.high.probabilityOfHit, pHitSwing: $0.probabilityOfHitSwing,
                meanRevenueLow: $0.low.meanRevenue, meanRevenueHigh: $0.high.meanRevenue, meanRevenueSwing: $0.meanRevenueSwing,
                varianceShare: $0.varianceShare)
        }
    }
}

struct GoalSeekDocument: Encodable {
    var input: String
    var currency: String?
    var probability: Double
    var direction: String
    var minimum: Double
    var maximum: Double
    var reachable: Bool
    var value: Double?
    var valueStandardError: Double?
    var pHit: Estimate?
    var bestValue: Double?
    var current: Double
    var currentPHit: Estimate
    var iterations: Int
    var trials: Int
    var seed: UInt64

    init(_ r: GoalSeekResult, currency: String?) {
        input = r.path
        self.currency = currency
        probability = r.probability
        direction = r.direction.rawValue
        minimum = r.bounds.lowerBound
        maximum = r.bounds.upperBound
        reachable = r.isReachable
        value = r.value
        valueStandardError = r.valueStandardError
        pHit = r.probabilityOfHit
        bestValue = r.bestValue
        current = r.current
        currentPHit = r.currentProbabilityOfHit
        iterations = r.iterations
        trials = r.trials
        seed = r.seed
    }
}
