extension AutoForecast {
    /// Standardised absolute errors `|y − f| / sd` of the combination at earlier origins.
    func validationScores(_ methods: [any ForecastingMethod], series: TimeSeries) -> [Double] {
        let n = series.values.count
        let step = max(1, horizon / 2)
        let minimum = Self.minimumValidationTraining(seasonalPeriod: series.seasonalPeriod)
        var scores = [Double]()
        for origin in 0..<validationOrigins {
            let length = n - horizon - origin * step
            guard length >= minimum else { break }
            let training = TimeSeries(values: Array(series.values.prefix(length)), seasonalPeriod: series.seasonalPeriod)
            let models = methods.compactMap { try? $0.fit(training) as any FittedModel }
            guard !models.isEmpty else { continue }
            let combined = CombinedForecast(models, horizon: horizon, seasonalPeriod: series.seasonalPeriod, rule: rule,
                                            extrapolation: ExtrapolationShape(observations: length, calibrationHorizon: horizon))
            for h in 0..<horizon where combined.sd[h] > 0 {
                scores.append(abs(series.values[length + h] - combined.mean[h]) / combined.sd[h])
            }
        }
        return scores
    }
}
