import Statistics

extension Forecast {
    /// Central normal prediction intervals `mean ± z_{(1+level)/2} · sd` for each level.
    ///
    /// - Parameters:
    ///   - mean: the point forecast per period ahead.
    ///   - sd: the forecast-error standard deviation per period ahead (same count, ≥ 0).
    ///   - levels: coverage probabilities in (0, 1).
    static func gaussian(mean: [Double], sd: [Double], levels: [Double]) -> Forecast {
        symmetric(mean: mean, scale: sd, levels: levels) { Normal.standardQuantile(0.5 + $0 / 2) }
    }

    /// Central Student-t intervals `mean ± t_{ν, (1+level)/2} · scale`: a normal linear
    /// model's prediction intervals when σ is estimated on ν degrees of freedom.
    static func studentT(mean: [Double], scale: [Double], degrees: Double, levels: [Double]) -> Forecast {
        symmetric(mean: mean, scale: scale, levels: levels) { StudentT.centralQuantile(level: $0, degrees: degrees) }
    }

    /// `mean ± q(level) · scale` for each level.
    private static func symmetric(mean: [Double], scale: [Double], levels: [Double], quantile: (Double) -> Double) -> Forecast {
        precondition(mean.count == scale.count, "one scale per period ahead")
        let intervals = levels.map { level in
            let q = quantile(level)
            return PredictionInterval(
                level: level,
                lower: zip(mean, scale).map { $0 - q * $1 },
                upper: zip(mean, scale).map { $0 + q * $1 })
        }
        return Forecast(mean: mean, intervals: intervals)
    }
}
