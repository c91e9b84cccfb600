import Statistics

/// A fitted lag-k random walk, the shared form of the naive, seasonal naive and drift methods.
///
/// Model (Hyndman & Athanasopoulos, *FPP3*, §5.2 and §5.5): `y_t = y_{t−k} + c + ε_t`,
/// ε ~ N(0, σ²), with k = 1 (naive, drift) or the seasonal period (seasonal naive) and drift
/// `c` (0 unless drift). The h-step forecast is the last value of the same season plus `c·h`;
/// its standard deviation (FPP3 Table 5.2) is `σ√h` (naive), `σ√(⌊(h−1)/k⌋ + 1)` (seasonal
/// naive) and `σ√(h(1 + h/(T−1)))` (drift, where `h²σ²/(T−1)` is the variance of the
/// estimated drift carried h steps).
public struct FittedRandomWalk: FittedModel {
    public let summary: String
    public let fittedValues: [Double]
    /// The last `lag` observations, oldest first.
    let lastCycle: [Double]
    let drift: Double
    /// Standard error of the estimated drift (0 when there is no drift).
    let driftStandardError: Double
    /// Residual standard deviation σ.
    let sigma: Double

    var lag: Int { lastCycle.count }

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        let steps = (1...max(horizon, 1)).prefix(horizon)
        let mean = steps.map { h in lastCycle[(h - 1) % lag] + drift * Double(h) }
        let sd = steps.map { h in
            let cycles = Double((h - 1) / lag + 1)
            let driftVariance = pow2(driftStandardError * Double(h))
            return (pow2(sigma) * cycles + driftVariance).squareRoot()
        }
        return .gaussian(mean: mean, sd: sd, levels: levels)
    }

    /// Draws the drift once per path (parameter uncertainty), then walks each season forward.
    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        let pathDrift = drift + driftStandardError * Normal.standardSample(using: &rng)
        var path = lastCycle
        path.reserveCapacity(lag + horizon)
        for h in 0..<horizon {
            path.append(path[h] + pathDrift + sigma * Normal.standardSample(using: &rng))
        }
        return Array(path.dropFirst(lag))
    }
}

@inline(__always) func pow2(_ x: Double) -> Double { x * x }
