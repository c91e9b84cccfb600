import Statistics

/// A fitted dynamic optimised Theta model; see `DynamicOptimisedTheta` for the method.
public struct FittedDynamicOptimisedTheta: FittedModel {
    public let summary: String
    public let fittedValues: [Double]
    /// The state after the last observation, on the seasonally adjusted scale.
    let state: DynamicThetaState
    let alpha: Double
    /// w = 1 − 1/θ.
    let weight: Double
    let sigma: Double
    /// The seasonal pattern from the 1st period ahead on; `SeasonalPattern.none` when not adjusted.
    let season: SeasonalPattern

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        var path = state
        var mean = [Double]()
        for _ in 0..<horizon {
            let next = path.forecast(alpha: alpha, weight: weight)
            mean.append(next)
            path.absorb(next, alpha: alpha)
        }
        let variances = errorVariances(horizon: horizon)
        return .gaussian(
            mean: mean.indices.map { season.restore(mean[$0], at: $0) },
            sd: variances.indices.map { season.restoreSpread(sigma * variances[$0].squareRoot(), at: $0) },
            levels: levels)
    }

    /// Σ_j ψ_{h,j}² for h = 1 … horizon, in units of σ²: the shock of step j, fed through the
    /// recursion from a zero state, moves the forecast of step h by ψ_{h,j}.
    func errorVariances(horizon: Int) -> [Double] {
        var variances = [Double](repeating: 1, count: horizon)
        for shock in 0..<horizon {
            var deviation = DynamicThetaState(zeroAt: state.count + shock)
            deviation.absorb(1, alpha: alpha)
            for step in (shock + 1)..<max(horizon, shock + 1) {
                let response = deviation.forecast(alpha: alpha, weight: weight)
                variances[step] += response * response
                deviation.absorb(response, alpha: alpha)
            }
        }
        return variances
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        var path = state
        return (0..<horizon).map { step in
            let value = path.forecast(alpha: alpha, weight: weight) + sigma * Normal.standardSample(using: &rng)
            path.absorb(value, alpha: alpha)
            return season.restore(value, at: step)
        }
    }
}
