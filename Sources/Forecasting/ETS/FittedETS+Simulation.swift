import Statistics

extension FittedETS {
    /// Paths simulated for the intervals of multiplicative-season models: the Monte Carlo
    /// standard error of a 2.5% quantile's coverage is √(0.025·0.975/2000) ≈ 0.35 points.
    public static let intervalPaths = 2_000
    /// Seed of the interval simulation, fixed so intervals are reproducible.
    static let intervalSeed: UInt64 = 0x45_54_53  // "ETS"
    static let intervalStream = StreamKey("ets.intervals")

    /// One joint path of the next `horizon` values, simulating the state-space model forward
    /// from the final state with Gaussian innovations ε ~ N(0, σ²·varianceInflation):
    /// y = μ + ε (additive error) or μ(1 + ε) (multiplicative), then the state update.
    /// - Complexity: O(horizon).
    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        precondition(horizon >= 1, "horizon must be at least 1")
        var path = [Double](repeating: 0, count: horizon)
        var season = finalState.seasonal
        path.withUnsafeMutableBufferPointer { output in
            season.withUnsafeMutableBufferPointer { buffer in
                simulate(into: output, season: buffer, using: &rng)
            }
        }
        return path
    }

    /// Simulates into `path`; `season` starts as a copy of the final seasonal states.
    func simulate(into path: UnsafeMutableBufferPointer<Double>, season: UnsafeMutableBufferPointer<Double>,
                  using rng: inout RandomStream) {
        var recursion = ETSRecursion(form: form, smoothing: parameters.smoothing,
                                     level: finalState.level, slope: finalState.slope)
        let sd = (sigma2 * varianceInflation).squareRoot()
        let multiplicative = form.error == .multiplicative
        for h in 0..<path.count {
            let mu = recursion.forecast(season: season)
            let e = sd * Normal.standardSample(using: &rng)
            let y = multiplicative ? mu * (1 + e) : mu + e
            path[h] = y
            recursion.update(observing: y, season: season)
        }
    }

    /// Central intervals from the quantiles of `intervalPaths` simulated paths (R type 7).
    func simulatedIntervals(horizon: Int, levels: [Double]) -> [PredictionInterval] {
        let paths = Self.intervalPaths
        // Column-major: the values of period h are contiguous.
        var values = [Double](repeating: 0, count: paths * horizon)
        var path = [Double](repeating: 0, count: horizon)
        var season = finalState.seasonal
        for i in 0..<paths {
            var rng = RandomStream(seed: Self.intervalSeed, component: Self.intervalStream, trial: UInt64(i))
            for j in season.indices { season[j] = finalState.seasonal[j] }
            path.withUnsafeMutableBufferPointer { output in
                season.withUnsafeMutableBufferPointer { buffer in simulate(into: output, season: buffer, using: &rng) }
            }
            for h in 0..<horizon { values[h * paths + i] = path[h] }
        }
        var lower = [[Double]](repeating: [Double](repeating: 0, count: horizon), count: levels.count)
        var upper = lower
        let probabilities = levels.flatMap { [(1 - $0) / 2, (1 + $0) / 2] }
        for h in 0..<horizon {
            let quantiles = Quantiles.type7(Array(values[(h * paths)..<((h + 1) * paths)]), at: probabilities)
            for k in levels.indices {
                lower[k][h] = quantiles[2 * k]
                upper[k][h] = quantiles[2 * k + 1]
            }
        }
        return levels.indices.map { PredictionInterval(level: levels[$0], lower: lower[$0], upper: upper[$0]) }
    }
}
