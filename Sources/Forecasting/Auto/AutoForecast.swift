/// The default method: the equal-weight mean of Theta and damped-trend smoothing, with
/// intervals calibrated on rolling-origin errors inside the training data.
///
/// Why a combination: in the M3 and M4 competitions, simple combinations of exponential
/// smoothing, Theta and ARIMA-type models beat every single statistical method (Makridakis
/// et al. 2020, "The M4 Competition: 100,000 time series and 61 forecasting methods";
/// Petropoulos & Svetunkov 2020, "A simple combination of univariate models"), because their
/// errors are imperfectly correlated and no single model is best for every series. Equal
/// weights are used because estimated weights rarely beat them out of sample (the "forecast
/// combination puzzle", Claeskens et al. 2016).
///
/// Why these two: both are fast closed-form/grid fits on the same seasonally adjusted series
/// (`Theta`, `DampedTrend`), so a thousand series fit in about a second. They were chosen by
/// validation on the M3 training data only (each series' last horizon held out, the test
/// periods never used): Theta + damped scored sMAPE 14.22 monthly / 8.99 quarterly, Theta alone
/// 14.25 / 9.19, the mean with `DifferencedAutoregression` added 14.53 / 8.95 and the median of
/// the three 14.32 / 8.93. Monthly data decided (the mixed results on quarterly data were
/// within noise), so the ARIMA-type model is offered on its own and `CombinationRule.median`
/// as an option. `ETS` is not included because its full
/// AICc selection costs about 50 times more per series than both members together.
///
/// Why calibration: the members' own intervals under-cover on real data (their residual
/// variance ignores parameter and model uncertainty). The fitted model re-fits the members
/// at a few earlier origins inside the training data (`validationOrigins`, spaced
/// `max(1, horizon / 2)` apart, the latest ending at the last observation), scores those
/// forecasts against the held-back values, and scales the intervals so they would have
/// covered the stated share (`IntervalCalibration`). Nothing after the training data is used.
///
/// Short series: members that cannot be fitted (too few observations for their parameters)
/// are left out and `FittedAuto.notes` says so; when none fits, the method falls back to
/// seasonal naive, then naive. Origins that would leave fewer than
/// `minimumValidationTraining` observations are skipped; with none left, the calibration
/// keeps its prior and the notes say so.
public struct AutoForecast: ForecastingMethod {
    public var name: String { "auto" }
    /// The horizon whose errors calibrate the intervals (the horizon you will forecast).
    public var horizon: Int
    /// The methods combined.
    public var components: [any ForecastingMethod]
    /// At most this many validation origins.
    public var validationOrigins: Int
    /// How member forecasts are combined.
    public var rule: CombinationRule

    /// The default components: Theta and damped-trend smoothing (see `AutoForecast`).
    public static var defaultComponents: [any ForecastingMethod] { [Theta(), DampedTrend()] }

    /// - Parameter validationOrigins: nil picks enough origins for about
    ///   `targetValidationErrors` errors (at least 3, at most 8).
    public init(horizon: Int, components: [any ForecastingMethod] = AutoForecast.defaultComponents, validationOrigins: Int? = nil, rule: CombinationRule = .mean) {
        precondition(horizon >= 1 && !components.isEmpty && (validationOrigins ?? 0) >= 0, "invalid auto configuration")
        self.horizon = horizon
        self.components = components
        self.rule = rule
        self.validationOrigins = validationOrigins ?? min(max(3, (Self.targetValidationErrors + horizon - 1) / horizon), 8)
    }

    /// Validation errors to aim for: 40 leaves about 2 beyond the 95% quantile, the fewest
    /// that make that quantile more than the single largest error.
    static let targetValidationErrors = 40

    /// Validation folds need two seasonal cycles (or 8 points without season) to fit on.
    static func minimumValidationTraining(seasonalPeriod m: Int) -> Int { max(2 * m, 8) }

    public func fit(_ series: TimeSeries) throws(FitError) -> FittedAuto {
        var notes = [String]()
        var fitted = [any FittedModel]()
        var names = [String]()
        var used = [any ForecastingMethod]()
        for component in components {
            do {
                fitted.append(try component.fit(series))
                names.append(component.name)
                used.append(component)
            } catch {
                notes.append("\(component.name) left out: \(error.reason)")
            }
        }
        if fitted.isEmpty {
            let fallback: any ForecastingMethod = series.values.count > series.seasonalPeriod + 1 ? SeasonalNaive() : Naive()
            fitted = [try fallback.fit(series)]
            names = [fallback.name]
            used = [fallback]
            notes.append("fell back to \(fallback.name): too little history for the combined models")
        }
        let scores = validationScores(used, series: series)
        let calibration = IntervalCalibration(scores: scores)
        if scores.isEmpty { notes.append("intervals not calibrated: too little history for a validation origin") }
        let fittedValues = series.values.indices.map { t in rule.combine(fitted.map { $0.fittedValues[t] }) }
        let factor = calibration.factor(forLevel: FittedAuto.pathLevel)
        return FittedAuto(
            summary: "\(rule.rawValue) of \(fitted.map(\.summary).joined(separator: ", ")); intervals ×\(formatParameter(factor)) from \(scores.count) validation errors",
            fittedValues: fittedValues,
            components: fitted,
            componentNames: names,
            calibration: calibration,
            notes: notes,
            cached: CombinedForecast(fitted, horizon: horizon, rule: rule),
            rule: rule)
    }

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
            let combined = CombinedForecast(models, horizon: horizon, rule: rule)
            for h in 0..<horizon where combined.sd[h] > 0 {
                scores.append(abs(series.values[length + h] - combined.mean[h]) / combined.sd[h])
            }
        }
        return scores
    }
}
