import Statistics

/// A fitted Theta model; see `Theta` for the method.
///
/// Sample paths follow SES's state-space form on the adjusted scale: `y_h = ℓ + d_h + ε_h`,
/// `ℓ ← ℓ + α ε_h`, with the deterministic drift `d_h` of the point forecast, then
/// reseasonalised, so their mean and variance match `forecast`.
public struct FittedTheta: FittedModel {
    public let summary: String
    public let fittedValues: [Double]
    let level: Double
    let alpha: Double
    let halfSlope: Double
    let driftOffset: Double
    let sigma: Double
    /// The seasonal pattern from the 1st period ahead on; `SeasonalPattern.none` when not adjusted.
    let season: SeasonalPattern

    private func adjustedMean(_ h: Int) -> Double { level + halfSlope * (Double(h - 1) + driftOffset) }

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        let steps = Array((1...max(horizon, 1)).prefix(horizon))
        let mean = steps.map { season.restore(adjustedMean($0), at: $0 - 1) }
        let sd = steps.map { season.restoreSpread(sigma * (1 + Double($0 - 1) * alpha * alpha).squareRoot(), at: $0 - 1) }
        return .gaussian(mean: mean, sd: sd, levels: levels)
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        var shift = 0.0
        return (0..<horizon).map { step in
            let h = step + 1
            let error = sigma * Normal.standardSample(using: &rng)
            let value = season.restore(adjustedMean(h) + shift + error, at: step)
            shift += alpha * error
            return value
        }
    }
}
