import Statistics

extension Forecast {
    /// Central normal prediction intervals `mean ± z_{(1+level)/2} · sd` for each level.
    ///
    /// - Parameters:
    ///   - mean: the point forecast per period ahead.
    ///   - sd: the forecast-error standard deviation per period ahead (same count, ≥ 0).
    ///   - levels: coverage probabilities in (0, 1).
    static func gaussian(mean: [Double], sd: [Double], levels: [Double]) -> Forecast {
        precondition(mean.count == sd.count, "one standard deviation per period ahead")
        let intervals = levels.map { level in
            let z = Normal.standardQuantile(0.5 + level / 2)
            return PredictionInterval(
                level: level,
                lower: zip(mean, sd).map { $0 - z * $1 },
                upper: zip(mean, sd).map { $0 + z * $1 })
        }
        return Forecast(mean: mean, intervals: intervals)
    }
}
