import Statistics

/// A fitted `DampedTrend`. Sample paths run the state recursion with N(0, σ²) errors on the
/// adjusted scale and reseasonalise them, so they match `forecast`'s mean and
/// variance.
public struct FittedDampedTrend: FittedModel {
    public let summary: String
    public let fittedValues: [Double]
    let level: Double
    let slope: Double
    let alpha: Double
    let beta: Double
    let phi: Double
    let sigma: Double
    /// The seasonal pattern from the 1st period ahead on; `SeasonalPattern.none` when not adjusted.
    let season: SeasonalPattern

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        var mean = [Double](), sd = [Double]()
        var dampedSum = 0.0  // φ + … + φ^h
        var power = 1.0
        var varianceSum = 1.0
        for h in 1...max(horizon, 1) where h <= horizon {
            power *= phi
            dampedSum += power
            mean.append(season.restore(level + dampedSum * slope, at: h - 1))
            sd.append(season.restoreSpread(sigma * varianceSum.squareRoot(), at: h - 1))
            let c = alpha + beta * dampedSum
            varianceSum += c * c
        }
        return .gaussian(mean: mean, sd: sd, levels: levels)
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        var level = self.level, slope = self.slope
        return (0..<horizon).map { step in
            let forecast = level + phi * slope
            let error = sigma * Normal.standardSample(using: &rng)
            level = forecast + alpha * error
            slope = phi * slope + beta * error
            return season.restore(forecast + error, at: step)
        }
    }
}
