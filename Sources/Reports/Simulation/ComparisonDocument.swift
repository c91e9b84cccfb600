import Simulation

/// The JSON form of a `Comparison` (schema in docs/output-json.md).
struct ComparisonDocument: Encodable {
    struct Difference: Encodable {
        let value: Double
        let standardError: Double
        let unpairedStandardError: Double
    }

    struct Strategy: Encodable {
        let name: String
        let result: SimulationDocument
        let pHitDifference: Difference
        let meanRevenueDifference: Difference
        let spendDifference: Double
        let incrementalRevenuePerSpend: SimulationDocument.Value?
        let pBeatsBase: SimulationDocument.Value
        let pTie: Double
    }

    let schema = "plancast.compare/1"
    let base: SimulationDocument
    let strategies: [Strategy]

    init(_ comparison: Comparison, currency: String?) {
        base = SimulationDocument(comparison.base, currency: currency)
        strategies = comparison.strategies.map { strategy in
            Strategy(
                name: strategy.result.planName, result: SimulationDocument(strategy.result, currency: currency),
                pHitDifference: Difference(value: strategy.probabilityOfHitDifference.value,
                                           standardError: strategy.probabilityOfHitDifference.standardError,
                                           unpairedStandardError: strategy.unpairedProbabilityOfHitStandardError),
                meanRevenueDifference: Difference(value: strategy.meanRevenueDifference.value,
                                                  standardError: strategy.meanRevenueDifference.standardError,
                                                  unpairedStandardError: strategy.unpairedMeanRevenueStandardError),
                spendDifference: strategy.spendDifference,
                incrementalRevenuePerSpend: strategy.incrementalRevenuePerSpend.map(SimulationDocument.Value.init),
                pBeatsBase: SimulationDocument.Value(strategy.probabilityOfBeatingBase), pTie: strategy.probabilityOfTie)
        }
    }
}
