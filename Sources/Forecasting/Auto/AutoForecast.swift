/// The default method: the equal-weight mean of Theta, damped-trend smoothing (for monthly
/// data the dynamic optimised Theta model instead), both with shrunk seasonal indices, an
/// ARIMA with a seasonal moving-average term and, for seasonal data, ETS (for monthly data
/// each member fitted through a temporal hierarchy), for non-seasonal data the random walk
/// with drift, with intervals calibrated on rolling-origin errors inside the training data.
///
/// Why a combination: in the M3 and M4 competitions, simple combinations of exponential
/// smoothing, Theta and ARIMA-type models beat every single statistical method (Makridakis
/// et al. 2020, "The M4 Competition: 100,000 time series and 61 forecasting methods";
/// Petropoulos & Svetunkov 2020, "A simple combination of univariate models"), because their
/// errors are imperfectly correlated and no single model is best for every series. Equal
/// weights are used because estimated weights rarely beat them out of sample (the "forecast
/// combination puzzle", Claeskens et al. 2016). So it was here: weights inversely
/// proportional to each member's squared errors at the calibration origins scored
/// 10.34 / 1.294 quarterly and 19.02 / 3.133 yearly on the validation below, against
/// 10.31 / 1.291 and 19.01 / 3.151 with equal weights (members Theta + damped + ETS + ARIMA
/// and Theta + damped + ARIMA).
///
/// Which members (`defaultComponents(seasonalPeriod:)`): chosen by validation on the M3
/// training data only, the competition's test periods never read (`plancast-bench forecast
/// --validation --origins 3`): each series is cut one, two and three horizons before the end
/// of its training data and scored on the horizon that follows, and the errors of all three
/// origins are pooled. sMAPE / MASE of the mean of:
///
///     members                          monthly         quarterly       yearly
///     Theta + damped                   12.79 / 0.876   10.60 / 1.315   19.28 / 3.181
///     Theta + damped + ETS             12.58 / 0.851   10.36 / 1.299   19.37 / 3.203
///     Theta + damped + ARIMA           12.86 / 0.870   10.45 / 1.299   19.01 / 3.151
///     Theta + damped + ETS + ARIMA     12.66 / 0.852   10.29 / 1.292   19.14 / 3.177
///     Theta + ETS + ARIMA              12.73 / 0.850   10.30 / 1.305   19.40 / 3.224
///     Theta + damped + ETS + SMA       12.64 / 0.843   10.28 / 1.279   (= + ARIMA)
///     … + ETS + ARIMA + SMA            12.73 / 0.848   10.28 / 1.282
///     Theta + ETS + SMA                12.74 / 0.841   10.30 / 1.289
///     Theta + damped + ETS + SMA(Q≤2)  12.69 / 0.846   10.33 / 1.280   (earlier ETS)
///     Theta + DOTM + ETS + SMA         12.54 / 0.839   10.26 / 1.294   (19.01 / 3.175)
///     Theta + DOTM + damped + ETS + SMA 12.54 / 0.842  10.27 / 1.286   (18.90 / 3.147)
///
/// The rows with ETS were measured again after ETS's slope smoothing was limited
/// (`ETSObjective.slopeSmoothingLimit(seasonalPeriod:)`), which changed no choice; before,
/// the current members scored 12.56 / 0.835 monthly and 10.33 / 1.279 quarterly. The
/// SMA(Q≤2) row and the alternatives listed further down were measured with the earlier ETS.
///
/// "ARIMA" is the default, seasonally adjusted `ARIMA`; "SMA" is `arimaMember`, an ARIMA
/// with seasonal terms restricted to one seasonal moving-average term. ETS improves both
/// measures on seasonal data and worsens them on yearly data, so it joins for every period it
/// can model a season for (`etsSeasonalPeriods`). The adjusted ARIMA adds little beside ETS on
/// monthly data: it shares Theta's and damped's classical seasonal indices, so its errors
/// follow theirs. The seasonal-MA ARIMA is less accurate alone (validation sMAPE / MASE
/// 14.91 / 0.944 monthly against the adjusted one's 14.20 / 0.938) but models the season by
/// seasonal differencing, as no other member does, and it lowers monthly MASE by 0.009 and
/// quarterly MASE by 0.013 at equal sMAPE (quarterly within 0.03 of the best). On
/// non-seasonal data the two ARIMAs are the same model, so one rule covers all three
/// frequencies: Theta + damped + SMA, with ETS for seasonal data (and drift for data without
/// a season, below). ARIMA joins for periods up to 12 (`arimaSeasonalPeriods`), where the
/// evidence is; M3 has no weekly data. (A single held-out horizon, used before, had
/// favoured Theta + damped alone for monthly data, 14.22 / 0.881 against 14.41 / 0.890 with
/// ETS; pooling three origins reversed that, which is why the selection uses three.)
///
/// Drift (`driftSeasonalPeriods`): on non-seasonal data the random walk with drift joins as
/// a fourth member. It extrapolates the average change from first to last value, which
/// neither Theta's half-slope nor the damped trend does, and its intervals widen with √h
/// like a random walk's. On the yearly folds and on M3's 174 "other" series (frequency not
/// stated, no season; 522 folds, h = 8), sMAPE / MASE (80 / 95% coverage,
/// MSIS), and the mean paired difference from the members without drift with its standard
/// error clustered by series (`plancast-bench forecast --validation --origins 3 --paired`):
///
///     members                    yearly                              other
///     Theta + damped + SMA       19.01 / 3.151 (77.4 / 93.3, 28.39)  4.14 / 2.285 (84.9 / 94.5, 21.12)
///     … + drift                  18.84 / 3.128 (78.5 / 94.3, 27.56)  4.10 / 2.245 (85.3 / 95.1, 20.58)
///       difference in MASE       −0.023 (0.011)                      −0.040 (0.018)
///     damped + SMA + drift       18.84 / 3.119 (75.9 / 93.3, 27.63)  4.09 / 2.200 (84.9 / 95.1, 20.37)
///     … + drift + ETS            18.94 / 3.149 (79.6 / 94.3, 28.53)  4.00 / 2.197 (84.9 / 95.0, 20.16)
///
/// Adding drift improved sMAPE, MASE and MSIS on both sets, which differ in kind (short
/// yearly series against long "other" ones). Drift in Theta's place gained more MASE but
/// left yearly 80% intervals covering 75.9%; ETS beside it helped the "other" series and hurt
/// the yearly ones, as ETS did before. On seasonal data drift as a fifth member had scored
/// worse monthly (12.87 / 0.858) and mixed quarterly (10.39 / 1.267; see below), so it joins
/// for non-seasonal data only.
///
/// Seasonal indices (`memberSeasonalIndices`): the members that smooth a seasonally adjusted
/// series (Theta, DOTM, damped) take classical indices shrunk toward 1 by James–Stein, with
/// no seasonality test (`SeasonalIndexRule.shrunk`; Miller & Williams 2003), where their
/// published forms keep a pattern whole when the 90% test passes and drop it otherwise. The
/// rows above were measured with tested indices. On the same folds, sMAPE / MASE (80 / 95%
/// coverage, MSIS):
///
///     current members' indices     monthly                            quarterly
///     tested                           12.54 / 0.839 (81.3 / 93.8, 6.67)  10.28 / 1.279 (81.0 / 93.1, 12.61)
///     shrunk                           12.43 / 0.827 (81.8 / 94.1, 6.57)  10.24 / 1.269 (80.8 / 93.0, 12.57)
///     Theta alone, tested → shrunk     12.77 / 0.875 → 12.48 / 0.845     10.79 / 1.359 → 10.58 / 1.332
///
/// Most of the monthly gain is the shrinkage: dropping the test but keeping the indices whole
/// gave `auto` 12.55 / 0.834 (Theta alone 12.98 / 0.871). On quarterly data dropping the
/// test did the work (10.21 / 1.268) and shrinking changed little. The factor's dimension is
/// m − 1 (the indices are normalised); m (ignoring the normalisation) scored within 0.01 of
/// it, in a prototype without the ν/(ν + 2) term. With shrunk indices DOTM is still the better partner for monthly data
/// (damped: 12.52 / 0.827) and the damped trend for quarterly data (DOTM: 10.16 / 1.282).
/// Yearly data have no season and are unchanged.
///
/// DOTM (`DynamicOptimisedTheta`) estimates θ and updates its trend line with every
/// observation. Alone it is no better than Theta (12.86 / 0.878 monthly against 12.77 /
/// 0.875), but on monthly data it is the better partner for ETS and SMA than the damped trend:
/// Theta + DOTM + ETS + SMA lowers sMAPE by 0.10 and MASE by 0.004 against the damped trend in
/// its place, with intervals covering 81.3 / 93.8. On quarterly data it raised MASE (1.294
/// against 1.279), and on yearly data (in brackets above, without ETS) it changed little, so
/// it replaces the damped trend for the monthly cycle only (`dynamicThetaSeasonalPeriods`).
///
/// Temporal hierarchy (`temporalHierarchySeasonalPeriods`): for monthly data ETS is fitted to
/// the months and to their sums over quarters and years, and the forecasts are reconciled
/// (`TemporalHierarchy`, THieF; Athanasopoulos et al. 2017) with series variance scaling
/// (`TemporalWeighting.seriesVariance`; structural scaling is compared there). Each row puts
/// the named ETS member in ETS's place among the current members, sMAPE / MASE (80 / 95%
/// coverage, MSIS); "all levels" sums over every 1, 2, 3, 4, 6 and 12 months (quarterly data:
/// 1, 2 and 4 quarters), the paper's hierarchy:
///
///     ETS member                     monthly                            quarterly
///     ETS                            12.43 / 0.827 (81.8 / 94.1, 6.57)  10.24 / 1.269 (80.8 / 93.0, 12.57)
///     THieF, WLS_v, months/qtrs/yrs  12.38 / 0.825 (81.8 / 94.1, 6.57)
///     THieF, WLS_v, all levels       12.36 / 0.825 (81.9 / 94.0, 6.57)  10.24 / 1.272 (80.7 / 93.0, 12.61)
///     THieF, WLS_s, all levels       12.35 / 0.827 (81.9 / 94.0, 6.60)  10.28 / 1.282 (80.4 / 92.9, 12.68)
///
/// On monthly data the WLS_v hierarchy over months, quarters and years lowered both measures:
/// per fold, sMAPE by 0.054 and MASE by 0.0021 (standard errors 0.017 and 0.0008, clustered
/// by series), most at the latest origin (0.10 and 0.005), whose training data are longest.
/// All levels gained a little more (0.068 and 0.0028) but cost half as much time again as
/// plain ETS in `auto` (five more ETS searches on the shorter aggregate series; the M3
/// monthly benchmark run took 8.0–8.7 s against 5.1–5.3 s), months, quarters and years a
/// fifth (6.0–6.5 s). On quarterly data the hierarchy raised MASE at every origin (by 0.0025
/// pooled, standard error 0.0007), so quarterly data keep plain ETS.
///
/// The other monthly members then went through the same hierarchy (WLS_v, months, quarters
/// and years; `--models auto:theta-shrunk+dotm-shrunk+thief-ets-var-3-12+thief-sma-var-3-12`
/// and so on), on the same folds:
///
///     members through the hierarchy  monthly
///     ETS                            12.38 / 0.825 (81.8 / 94.1, 6.57)
///     ETS, ARIMA                     12.33 / 0.824 (81.6 / 93.9, 6.56)
///     ETS, DOTM                      12.38 / 0.824 (81.8 / 94.0, 6.56)
///     ETS, Theta                     12.37 / 0.825 (81.8 / 94.0, 6.56)
///     all four                       12.34 / 0.822 (81.6 / 93.9, 6.57)
///
/// so every monthly member is fitted through it: one rule instead of one member singled out,
/// and the lowest MASE, at about 14% more time than with ETS alone through it (the
/// validation run's 12.8 s against 11.3 s). These rows were chosen on the same folds they are
/// scored on, so the gain, 0.003 in MASE, is if anything optimistic. On quarterly data, all
/// four members through the hierarchy of half-years and years scored 10.24 / 1.277 (79.9 /
/// 92.8, 12.65) and the ARIMA alone through it 10.22 / 1.272, against 10.24 / 1.269: none.
///
/// Also tried on the same folds and not adopted:
/// - the median of the four members (the mean of the middle two): 12.61 / 0.847 monthly and
///   10.32 / 1.281 quarterly, a tie with the mean, so the mean stays the default and
///   `CombinationRule.median` an option (with three members the median had been worse);
/// - the seasonal-MA ARIMA fitted to log values, forecasts back-transformed as medians:
///   12.55 / 0.847 monthly, 10.23 / 1.279 quarterly, 18.89 / 3.142 yearly — better sMAPE, but
///   no better MASE, quarterly 80% intervals covering 83.7% instead of 81.4%, and point
///   forecasts that would be medians rather than means;
/// - a fifth member: seasonal naive (12.43 / 0.838 monthly, but 80% intervals covering
///   84.8%, and 10.39 / 1.320 quarterly), drift (12.87 / 0.858, 10.39 / 1.267) or ARIMA with
///   full seasonal terms (12.77 / 0.845, 10.37 / 1.276);
/// - DOTM in Theta's place (12.63 / 0.845 monthly), without Theta (DOTM + ETS + SMA,
///   12.67 / 0.839), and Theta + DOTM + ETS + SMA combined by the median (12.55 / 0.839);
/// - the temporal hierarchy (all levels) as a fifth member beside ETS: 12.36 / 0.825 monthly
///   and 10.18 / 1.275 quarterly with WLS_v, 12.34 / 0.826 and 10.21 / 1.282 with WLS_s — no
///   better than in ETS's place at more cost; and with the damped trend as partner instead of
///   DOTM, Theta + damped + THieF + SMA: 12.43 / 0.823 (WLS_v) and 12.39 / 0.823 (WLS_s,
///   coverage 82.4 / 94.5) monthly — lower MASE, but no lower sMAPE for WLS_v, and for WLS_s
///   no MASE gain at the latest origin.
///
/// Why calibration: the members' own intervals under-cover on real data (their residual
/// variance ignores parameter and model uncertainty). The fitted model re-fits the members
/// at a few earlier origins inside the training data (`validationOrigins`, spaced
/// `max(1, horizon / 2)` apart, the latest ending `horizon` before the last observation),
/// scores those forecasts against the held-back values, and scales the intervals so they
/// would have covered the stated share (`IntervalCalibration`). Members that made a costly
/// discrete choice re-fit with it fixed (`ValidationRefit`: ETS keeps its selected form, at
/// every level of a temporal hierarchy, and ARIMA its order, and both re-estimate their
/// parameters). Nothing after the training data is used. The calibration's
/// prior is `IntervalCalibration.smallSamplePrior`, the widening a straight line fitted to the
/// series' n points needs over the horizon (Student-t and extrapolation variance), so short
/// series with few validation errors start from honest width instead of the members' own,
/// with heavier-than-normal tails between levels (`IntervalCalibration.tailShape`). The
/// prior's extrapolation widening is spread over the steps as the line's own interval widens
/// (`ExtrapolationShape`): narrower at the first steps and wider at the last, where the
/// average over all steps had left quarterly 80% intervals covering 88% at the first step
/// and 74% at the eighth. Spread by step, MSIS fell from 12.57 to 12.44 (quarterly) and from
/// 27.56 to 27.26 (yearly), with monthly (6.57) and "other" (20.58 → 20.59) unchanged; the
/// steps' coverage moved to 86 … 76% (quarterly) and 85 … 74% (yearly) from 87 … 72%. On the
/// pooled three-origin validation, with the between-model variance in `CombinedForecast`,
/// `targetValidationErrors` = 24 and the prior worth 100 of them
/// (`IntervalCalibration.priorWeight`), 80% / 95% intervals of the current members cover
/// 82.4 / 95.0 (monthly), 80.2 / 94.9 (quarterly), 77.7 / 94.7 (yearly, where many
/// validation series are too short for any origin) and 86.4 / 96.5 (M3's "other" series,
/// too wide at 80%; BENCHMARKS.md has what was tried), with mean scaled interval scores
/// (MSIS, `AccuracyMetrics`) of 6.40, 11.55, 26.98 and 19.23 for the 95% intervals. Carrying the combined
/// spread forward within each season rather than across all periods (`CombinedForecast`)
/// took monthly MSIS from 6.68 to 6.62 (coverage from 82.2 / 94.3 to 81.9 / 94.2) and
/// quarterly from 12.62 to 12.64 (from 81.4 / 93.3 to 81.3 / 93.2), measured before ETS's
/// slope smoothing was limited; yearly data have no season, so they are unchanged.
///
/// Short series: members that cannot be fitted (too few observations for their parameters)
/// are left out and `FittedAuto.notes` says so; when none fits, the method falls back to
/// seasonal naive, then naive; when naive cannot fit either (fewer than 2 observations, or a
/// non-finite value), the `FitError` names `auto` with naive's reason. Origins that would leave fewer than
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
    /// Theta, damped-trend smoothing (DOTM for monthly data) and `arimaMember`
    /// (`arimaSeasonalPeriods`), plus `ETS` for seasonal data (`etsSeasonalPeriods`) and
    /// `Drift` for non-seasonal data (`driftSeasonalPeriods`); for monthly data each fitted
    /// through a temporal hierarchy (`temporalHierarchySeasonalPeriods`).
    public static func defaultComponents(seasonalPeriod: Int) -> [any ForecastingMethod] {
        var members: [any ForecastingMethod] = [Theta(seasonalIndices: memberSeasonalIndices)]
        members.append(dynamicThetaSeasonalPeriods.contains(seasonalPeriod)
            ? DynamicOptimisedTheta(seasonalIndices: memberSeasonalIndices)
            : DampedTrend(seasonalIndices: memberSeasonalIndices))
        if etsSeasonalPeriods.contains(seasonalPeriod) { members.append(ETS()) }
        if arimaSeasonalPeriods.contains(seasonalPeriod) { members.append(arimaMember) }
        if driftSeasonalPeriods.contains(seasonalPeriod) { members.append(Drift()) }
        guard temporalHierarchySeasonalPeriods.contains(seasonalPeriod) else { return members }
        return members.map { TemporalHierarchy(base: $0, weighting: .seriesVariance, aggregationLevels: temporalHierarchyLevels) }
    }

    /// The ARIMA member: seasonal terms (`ARIMASeasonality.terms`) limited to at most one
    /// seasonal moving-average term and no seasonal autoregression, so the season is modelled
    /// by seasonal differencing (when the series' seasonal strength calls for it) and one
    /// seasonal MA coefficient. Seasonal AR terms are left out because conditional sum of
    /// squares makes their AICc unreliable on short series (see `ARIMA`). A second seasonal MA
    /// term scored no better (table above).
    package static var arimaMember: ARIMA {
        var arima = ARIMA(seasonality: .terms)
        arima.maximumSeasonalP = 0
        arima.maximumSeasonalQ = 1
        return arima
    }

    /// How the seasonally adjusting members choose their indices (see `AutoForecast`).
    static let memberSeasonalIndices = SeasonalIndexRule.shrunk

    /// Seasonal periods at which the dynamic optimised Theta model takes the damped trend's
    /// place: the monthly cycle, the only one where validation favoured it.
    static let dynamicThetaSeasonalPeriods: Set = [12]
    /// Seasonal periods at which `ETS` joins the default combination: every period it can
    /// model a season for.
    static let etsSeasonalPeriods = 2...ETS.maximumSeasonalPeriod
    /// Seasonal periods at which every member is fitted to the series and to its sums over
    /// `temporalHierarchyLevels`, reconciled with series variance scaling
    /// (`TemporalHierarchy`): the monthly cycle, the only one where validation favoured it.
    static let temporalHierarchySeasonalPeriods: Set = [12]
    /// The temporal aggregates of monthly data: quarters and years. Every divisor of 12 (the
    /// paper's hierarchy) validated a little better for the ETS member (see `AutoForecast`)
    /// but took the M3 monthly run from about 6.2 s to 8.5 s with that member alone, against
    /// a 9 s budget.
    static let temporalHierarchyLevels: Set = [3, 12]
    /// Seasonal periods at which the random walk with drift joins: non-seasonal data, the
    /// only kind where validation favoured it (see `AutoForecast`).
    static let driftSeasonalPeriods: Set = [1]
    /// Seasonal periods at which ARIMA joins: none, and the cycles of quarterly and monthly
    /// data (validated on M3; longer cycles are untested).
    static let arimaSeasonalPeriods = 1...12

    /// - Parameter validationOrigins: nil picks enough origins for about
    ///   `targetValidationErrors` errors (at least 3, at most 8).
    public init(horizon: Int, components: [any ForecastingMethod]? = nil, validationOrigins: Int? = nil, rule: CombinationRule = .mean) {
        precondition(horizon >= 1 && components?.isEmpty != true && (validationOrigins ?? 0) >= 0, "invalid auto configuration")
        self.horizon = horizon
        self.components = components
        self.rule = rule
        self.validationOrigins = validationOrigins ?? min(max(3, (Self.targetValidationErrors + horizon - 1) / horizon), 8)
    }

    /// Validation errors to aim for (at least 3 origins are used regardless). Against 40 on
    /// the M3 validation (with the calibration prior then worth 24 scores) it kept yearly and
    /// monthly coverage (within 0.3 points) and brought quarterly 80% coverage from 87.1 to
    /// 85.5, because the earliest origins, fitted to much less data, overstate the errors of
    /// the final fit; it also means fewer refits.
    static let targetValidationErrors = 24

    /// The members' summaries; when every member was reconciled over the same temporal
    /// hierarchy, that is said once at the end rather than after each.
    static func membersSummary(_ fitted: [any FittedModel]) -> String {
        let hierarchies = fitted.compactMap { $0 as? FittedTemporalHierarchy }
        if hierarchies.count == fitted.count, let shared = hierarchies.first?.reconciliationDescription,
           hierarchies.allSatisfy({ $0.reconciliationDescription == shared }) {
            return hierarchies.map(\.baseSummary).joined(separator: ", ") + ", each \(shared)"
        }
        return fitted.map(\.summary).joined(separator: ", ")
    }

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
            do {
                fitted = [try fallback.fit(series)]
            } catch {
                // Named as the method asked for: the fallback is an implementation detail.
                throw FitError(model: name, reason: error.reason)
            }
            names = [fallback.name]
            used = [fallback]
            notes.append("fell back to \(fallback.name): too little history for the combined models")
        }
        let refits = zip(used, fitted).map { method, model in (model as? any ValidationRefit)?.validationMethod ?? method }
        let (scores, origins) = validationScores(refits, series: series)
        let n = series.values.count, horizon = horizon
        let calibration = IntervalCalibration(scores: scores) { level in
            IntervalCalibration.smallSamplePrior(observations: n, horizon: horizon, level: level)
                * IntervalCalibration.tailShape(level: level)
        }
        if origins == 0 {
            notes.append("intervals widened for the short history only, not calibrated: too little history for a validation origin")
        } else if scores.isEmpty {
            notes.append("intervals not calibrated: the forecasts at \(origins) validation origins claimed no uncertainty (the models fit the history exactly)")
        }
        let fittedValues = series.values.indices.map { t in rule.combine(fitted.map { $0.fittedValues[t] }) }
        // The summary quotes one factor: the 80% interval's, the level reports lead with.
        let factor = calibration.factor(forLevel: 0.8)
        return FittedAuto(
            summary: "\(rule.rawValue) of \(Self.membersSummary(fitted)); intervals ×\(formatParameter(factor)) from \(scores.count) validation errors",
            fittedValues: fittedValues,
            components: fitted,
            componentNames: names,
            calibration: calibration,
            notes: notes,
            cached: CombinedForecast(fitted, horizon: horizon, seasonalPeriod: series.seasonalPeriod, rule: rule,
                                     extrapolation: ExtrapolationShape(observations: n, calibrationHorizon: horizon)),
            rule: rule,
            seasonalPeriod: series.seasonalPeriod)
    }
}
