/// Estimates a lag-k random walk (with or without drift) from a series; see `FittedRandomWalk`.
struct RandomWalkEstimator {
    let name: String
    let lag: Int
    let withDrift: Bool

    /// - Throws: `FitError` when there are too few observations, or they are not finite.
    func fit(_ values: [Double], summary: String) throws(FitError) -> FittedRandomWalk {
        let needed = lag + (withDrift ? 2 : 1)
        guard values.count >= needed else {
            throw FitError(model: name, reason: "needs at least \(needed) observations, found \(values.count)")
        }
        guard values.allSatisfy(\.isFinite) else {
            throw FitError(model: name, reason: "the series contains a missing or non-finite value")
        }
        let changes = (lag..<values.count).map { values[$0] - values[$0 - lag] }
        let count = Double(changes.count)
        let drift = withDrift ? changes.reduce(0, +) / count : 0
        let residuals = changes.map { $0 - drift }
        let squares = residuals.reduce(0) { $0 + $1 * $1 }
        let sigma = (withDrift ? squares / (count - 1) : squares / count).squareRoot()
        // The first cycle has no earlier value of its season: it is its own fit (zero residual).
        let fitted = values.indices.map { $0 < lag ? values[$0] : values[$0 - lag] + drift }
        return FittedRandomWalk(
            summary: summary,
            fittedValues: fitted,
            lastCycle: Array(values.suffix(lag)),
            drift: drift,
            driftStandardError: withDrift ? sigma / count.squareRoot() : 0,
            sigma: sigma)
    }
}
