import Statistics

/// A fitted Theta model; see `Theta` for the method.
///
/// Sample paths follow SES's state-space form on the adjusted scale: `y_h = ℓ + d_h + ε_h`,
/// `ℓ ← ℓ + α ε_h`, with the deterministic drift `d_h` of the point forecast, then multiplied
/// by the seasonal index, so their mean and variance match `forecast`.
public struct FittedTheta: FittedModel {
    public let summary: String
    public let fittedValues: [Double]
    let level: Double
    let alpha: Double
    let halfSlope: Double
    let driftOffset: Double
    let sigma: Double
    /// Seasonal index of the 1st, 2nd, … period ahead (cycled); `[1]` when not adjusted.
    let futureIndices: [Double]

    private func adjustedMean(_ h: Int) -> Double { level + halfSlope * (Double(h - 1) + driftOffset) }
    private func index(_ h: Int) -> Double { futureIndices[(h - 1) % futureIndices.count] }

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        let steps = Array((1...max(horizon, 1)).prefix(horizon))
        let mean = steps.map { adjustedMean($0) * index($0) }
        let sd = steps.map { sigma * (1 + Double($0 - 1) * alpha * alpha).squareRoot() * index($0) }
        return .gaussian(mean: mean, sd: sd, levels: levels)
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        var shift = 0.0
        return (0..<horizon).map { step in
            let h = step + 1
            let error = sigma * Normal.standardSample(using: &rng)
            let value = (adjustedMean(h) + shift + error) * index(h)
            shift += alpha * error
            return value
        }
    }
}
