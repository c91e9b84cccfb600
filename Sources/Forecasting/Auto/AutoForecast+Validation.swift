extension AutoForecast {
    /// Standardised absolute errors `|y − f| / sd` of the combination at earlier origins, and
    /// how many origins had a forecast (errors of forecasts that claimed no spread are left out).
    func validationScores(_ methods: [any ForecastingMethod], series: TimeSeries) -> (scores: [Double], origins: Int) {
        let n = series.values.count
        let step = max(1, horizon / 2)
        let minimum = Self.minimumValidationTraining(seasonalPeriod: series.seasonalPeriod)
        var scores = [Double]()
        var origins = 0
        for origin in 0..<validationOrigins {
            let length = n - horizon - origin * step
            guard length >= minimum else { break }
            let training = TimeSeries(values: Array(series.values.prefix(length)), seasonalPeriod: series.seasonalPeriod)
            let models = methods.compactMap { try? $0.fit(training) as any FittedModel }
            guard !models.isEmpty else { continue }
            origins += 1
            let combined = CombinedForecast(models, horizon: horizon, seasonalPeriod: series.seasonalPeriod, rule: rule,
                                            extrapolation: ExtrapolationShape(observations: length, calibrationHorizon: horizon))
            for h in 0..<horizon where combined.sd[h] > 0 {
                scores.append(abs(series.values[length + h] - combined.mean[h]) / combined.sd[h])
            }
        }
        return (scores, origins)
    }
}
