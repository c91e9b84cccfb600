/// The default method: the equal-weight mean of Theta and damped-trend smoothing (with ETS
/// added for quarterly-type data and ARIMA for non-seasonal data), with intervals calibrated
/// on rolling-origin errors inside the training data.
///
/// Why a combination: in the M3 and M4 competitions, simple combinations of exponential
/// smoothing, Theta and ARIMA-type models beat every single statistical method (Makridakis
/// et al. 2020, "The M4 Competition: 100,000 time series and 61 forecasting methods";
/// Petropoulos & Svetunkov 2020, "A simple combination of univariate models"), because their
/// errors are imperfectly correlated and no single model is best for every series. Equal
/// weights are used because estimated weights rarely beat them out of sample (the "forecast
/// combination puzzle", Claeskens et al. 2016).
///
/// Which members (`defaultComponents(seasonalPeriod:)`): chosen by validation on the M3
/// training data only — each series' last horizon held out, the competition's test periods
/// never read (`plancast-bench forecast --validation`). sMAPE / MASE of the mean of:
///
///     members                     monthly        quarterly      yearly
///     Theta + damped              14.22 / 0.881   8.99 / 1.121  19.36 / 3.258
///     Theta + damped + ETS        14.41 / 0.890   8.84 / 1.098  19.66 / 3.318
///     Theta + ETS                 14.55 / 0.883   8.89 / 1.108  20.01 / 3.403
///     median of the three         14.44 / 0.915   8.82 / 1.104  19.57 / 3.354
///     Theta alone                 14.25 / 0.875   9.19 / 1.172  19.61 / 3.351
///     ETS alone                   15.83 / 0.975   9.29 / 1.158  21.43 / 3.638
///
/// ETS improves the quarterly combination on both measures and worsens the monthly and yearly
/// ones, so it joins only for seasonal periods 2…6 (`etsSeasonalPeriods`). A plausible reason:
/// with 12 seasons ETS estimates 11 seasonal states plus up to 5 other quantities from a few
/// years of data, while Theta and the damped smoother use classical seasonal indices; with 4
/// seasons the parameter count is small enough for ETS's adaptive season to pay. (This keeps
/// monthly fits fast too: ETS's AICc search costs about 50 times both other members.) The
/// median was within noise of the mean on quarterly data and worse on monthly, so the mean is
/// the default and `CombinationRule.median` an option. `ARIMA` (automatic order selection)
/// added to Theta + damped scored 14.50 / 0.889 monthly, 8.93 / 1.107 quarterly (8.84 / 1.097
/// beside ETS, no better than without it) and 19.13 / 3.225 yearly: it helps only on
/// non-seasonal data, so it joins only there (seasonal period 1).
///
/// Why calibration: the members' own intervals under-cover on real data (their residual
/// variance ignores parameter and model uncertainty). The fitted model re-fits the members
/// at a few earlier origins inside the training data (`validationOrigins`, spaced
/// `max(1, horizon / 2)` apart, the latest ending `horizon` before the last observation),
/// scores those forecasts against the held-back values, and scales the intervals so they
/// would have covered the stated share (`IntervalCalibration`). Members that made a costly
/// discrete choice re-fit with it fixed (`ValidationRefit`: ETS keeps its selected form and
/// re-estimates its parameters). Nothing after the training data is used. The calibration's
/// prior is `IntervalCalibration.smallSamplePrior`, the widening a straight line fitted to the
/// series' n points needs over the horizon (Student-t and extrapolation variance), so short
/// series with few validation errors start from honest width instead of the members' own.
/// On the same validation, together with the between-model variance in `CombinedForecast`
/// and `targetValidationErrors` = 24, it moved 80% / 95% coverage from 77.9 / 92.3 to
/// 80.8 / 93.8 (monthly), 84.1 / 95.2 to 85.9 / 95.2 (quarterly) and 62.5 / 80.2 to
/// 76.7 / 91.2 (yearly, where many validation series are too short for any origin). Quarterly
/// 80% intervals stay somewhat wide and yearly 95% ones somewhat narrow.
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
    /// The methods combined; `nil` picks `defaultComponents(seasonalPeriod:)` for each series.
    public var components: [any ForecastingMethod]?
    /// At most this many validation origins.
    public var validationOrigins: Int
    /// How member forecasts are combined.
    public var rule: CombinationRule

    /// The default components for a seasonal period (see `AutoForecast` for the evidence):
    /// Theta and damped-trend smoothing, plus `ETS` for short seasonal cycles
    /// (`etsSeasonalPeriods`, quarterly data) and `ARIMA` for non-seasonal (yearly) data.
    public static func defaultComponents(seasonalPeriod: Int) -> [any ForecastingMethod] {
        let pair: [any ForecastingMethod] = [Theta(), DampedTrend()]
        if seasonalPeriod <= 1 { return pair + [ARIMA()] }
        return etsSeasonalPeriods.contains(seasonalPeriod) ? pair + [ETS()] : pair
    }

    /// Seasonal periods at which `ETS` joins the default combination.
    static let etsSeasonalPeriods = 2...6

    /// - Parameter validationOrigins: nil picks enough origins for about
    ///   `targetValidationErrors` errors (at least 3, at most 8).
    public init(horizon: Int, components: [any ForecastingMethod]? = nil, validationOrigins: Int? = nil, rule: CombinationRule = .mean) {
        precondition(horizon >= 1 && components?.isEmpty != true && (validationOrigins ?? 0) >= 0, "invalid auto configuration")
        self.horizon = horizon
        self.components = components
        self.rule = rule
        self.validationOrigins = validationOrigins ?? min(max(3, (Self.targetValidationErrors + horizon - 1) / horizon), 8)
    }

    /// Validation errors to aim for (at least 3 origins are used regardless): as many as the
    /// prior is worth (`IntervalCalibration.priorWeight`). Against 40 on the M3 validation it
    /// kept yearly and monthly coverage (within 0.3 points) and brought quarterly 80% coverage
    /// from 87.1 to 85.5, because the earliest origins, fitted to much less data, overstate the
    /// errors of the final fit; it also means fewer refits.
    static let targetValidationErrors = 24

    /// Validation folds need two seasonal cycles (or 8 points without season) to fit on.
    static func minimumValidationTraining(seasonalPeriod m: Int) -> Int { max(2 * m, 8) }

    public func fit(_ series: TimeSeries) throws(FitError) -> FittedAuto {
        var notes = [String]()
        var fitted = [any FittedModel]()
        var names = [String]()
        var used = [any ForecastingMethod]()
        for component in components ?? Self.defaultComponents(seasonalPeriod: series.seasonalPeriod) {
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
        let refits = zip(used, fitted).map { method, model in (model as? any ValidationRefit)?.validationMethod ?? method }
        let scores = validationScores(refits, series: series)
        let n = series.values.count, horizon = horizon
        let calibration = IntervalCalibration(scores: scores) { level in
            IntervalCalibration.smallSamplePrior(observations: n, horizon: horizon, level: level)
        }
        if scores.isEmpty { notes.append("intervals widened for the short history only, not calibrated: too little history for a validation origin") }
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
}
