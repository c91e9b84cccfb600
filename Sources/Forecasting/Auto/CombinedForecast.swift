import Statistics

/// The combination (`CombinationRule`) of several fitted models' forecasts, with a spread for
/// calibration.
///
/// The combined standard deviation at each horizon is `√(s̄² + v)`: s̄ is the mean of the
/// components' standard deviations (read off their 80% intervals), the exact spread of the
/// mean if their errors were perfectly correlated, which forecast errors of models fitted to
/// the same data nearly are; v is the variance of the components' means about their mean, the
/// between-model term of a mixture's variance (Bates & Granger 1969; the law of total
/// variance), which widens intervals where the models disagree — typically on the trend.
/// The spread is then carried forward as a running maximum over the same season — h, h + m,
/// h + 2m, … for seasonal period m, every period without season — because members whose
/// forecasts cross make v dip, and uncertainty about a later period is never smaller than
/// about the same month a year earlier. Across seasons it is not carried: members that
/// disagree about December's peak make December uncertain, not the January after it, and a
/// maximum over every period would hold the whole forecast at its most uncertain month's
/// width. Each step's spread is then multiplied by `ExtrapolationShape.multiplier(step:)`
/// (when given): 1 on average over the calibrated steps, less at the first and more at the
/// last, as a line fitted to the same number of observations widens. The calibration factor
/// absorbs what this misses.
struct CombinedForecast {
    let mean: [Double]
    let sd: [Double]
    /// Each component's mean and standard deviation, for sample paths.
    let componentMeans: [[Double]]
    let componentSDs: [[Double]]
    /// The step shape applied to `sd` (nil: none), kept so a longer combination of the same
    /// fit uses the same one.
    let extrapolation: ExtrapolationShape?

    /// The level whose interval gives each component's standard deviation.
    private static let spreadLevel = 0.8

    /// - Parameters:
    ///   - seasonalPeriod: m, the periods between values of the same season (1 for none).
    ///   - extrapolation: the step shape of the spread; nil leaves every step as combined.
    init(_ components: [any FittedModel], horizon: Int, seasonalPeriod: Int, rule: CombinationRule, extrapolation: ExtrapolationShape?) {
        precondition(!components.isEmpty, "nothing to combine")
        let z = Normal.standardQuantile(0.5 + Self.spreadLevel / 2)
        let forecasts = components.map { $0.forecast(horizon: horizon, levels: [Self.spreadLevel]) }
        let means = forecasts.map(\.mean)
        let sds = forecasts.map { forecast in
            let interval = forecast.intervals[0]
            return zip(interval.upper, interval.lower).map { max(($0 - $1) / (2 * z), 0) }
        }
        let count = Double(components.count)
        componentMeans = means
        componentSDs = sds
        self.extrapolation = extrapolation
        mean = (0..<horizon).map { h in rule.combine(means.map { $0[h] }) }
        var spread = [Double]()
        spread.reserveCapacity(horizon)
        let lag = max(seasonalPeriod, 1)
        for h in 0..<horizon {
            let within = sds.reduce(0) { $0 + $1[h] } / count
            let centre = means.reduce(0) { $0 + $1[h] } / count
            let between = means.reduce(0) { $0 + ($1[h] - centre) * ($1[h] - centre) } / count
            let sameSeasonBefore = h >= lag ? spread[h - lag] : 0
            let widening = extrapolation?.multiplier(step: h + 1) ?? 1
            spread.append(max(sameSeasonBefore, (within * within + between).squareRoot() * widening))
        }
        sd = spread
    }
}
