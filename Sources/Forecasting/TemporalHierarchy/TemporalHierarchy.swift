/// Forecasting with temporal hierarchies (THieF; Athanasopoulos, Hyndman, Kourentzes &
/// Petropoulos 2017, "Forecasting with temporal hierarchies", *European Journal of
/// Operational Research* 262(1), 60–74): the series is summed over non-overlapping blocks
/// of every k periods that divide its seasonal period m, `base` forecasts each aggregate,
/// and the forecasts of all levels are reconciled into one coherent set.
///
/// Why: a model fitted to the annual totals sees the trend without the season's noise, one
/// fitted to the original periods sees the season; reconciling lets each level inform the
/// others, and the paper reports lower errors than the base model alone on M3 monthly and
/// quarterly data, mostly at long horizons.
///
/// How:
/// 1. Levels k ∈ divisors of m (`TemporalAggregation.levels`): monthly 1, 2, 3, 4, 6, 12;
///    quarterly 1, 2, 4 (or the subset `aggregationLevels` names). Each aggregate sums blocks aligned to the end of the series, the
///    oldest incomplete block dropped (`TemporalAggregation.aggregate`), and is fitted by
///    `base` with seasonal period m/k (no season at k = m) — with the default `ETS()`, each
///    level selects its own form by AICc.
/// 2. For horizon h, each level forecasts ⌈h/m⌉ · m/k periods, ⌈h/m⌉ whole cycles.
/// 3. Each cycle's forecasts are reconciled by weighted least squares
///    (`TemporalReconciliation`), by default with series variance scaling (WLS_v,
///    `weighting`); the point forecasts are the reconciled bottom level.
///
/// Which weighting: the paper recommends structural scaling (WLS_s), which needs no
/// estimate. On the M3 validation folds (`plancast-bench forecast --validation --origins 3`,
/// the same folds as `AutoForecast`'s table), with ETS as base, sMAPE / MASE (80 / 95%
/// coverage):
///
///     method                     monthly                      quarterly
///     ETS alone                  13.14 / 0.865 (71.7 / 87.0)  10.44 / 1.330 (62.7 / 79.8)
///     THieF, structural (WLS_s)  12.69 / 0.861 (70.7 / 85.7)  10.78 / 1.399 (58.4 / 76.7)
///     THieF, series (WLS_v)      12.51 / 0.839 (72.3 / 87.3)  10.46 / 1.340 (61.9 / 79.5)
///       months, quarters, years  12.63 / 0.845 (72.2 / 87.4)
///
/// Structural scaling lost most on quarterly folds long enough for the annual level (MASE
/// +0.11 against ETS alone where n ≥ 32). A typical case: AICc picks level-only forms for
/// the short aggregate series (9 annual totals do not pay for a trend), their flat forecasts
/// lag a rising total, and with WLS_s each level has an equal say over a year's total (a
/// third of it for quarterly data). Their in-sample one-step errors are large for exactly
/// such series, so WLS_v discounts them.
/// Over shrunk-index Theta as base (structural scaling) it was worse than Theta alone:
/// 12.57 / 0.859 against 12.48 / 0.845 monthly, 10.83 / 1.368 against 10.58 / 1.332 quarterly.
///
/// Intervals and sample paths are an approximation: the bottom-level base model's own
/// forecast distribution, shifted to centre on the reconciled mean. The paper reconciles
/// means only; the shift keeps the base model's spread and dependence across periods but
/// ignores how reconciliation changes the variance. `AutoForecast` recalibrates its members'
/// spread anyway (`IntervalCalibration`). Fitted values are the bottom-level base model's.
///
/// Edge cases: a level whose aggregate has fewer than `minimumObservations(seasonalPeriod:)`
/// values, or that `base` cannot fit, is left out (and `notes` say so), and the remaining
/// levels are reconciled; with fewer than two levels — always for data without season
/// (m = 1), which have no temporal hierarchy — the forecasts are the base model's,
/// unchanged. When `base` cannot fit the original series, the fit throws its error.
public struct TemporalHierarchy: ForecastingMethod {
    /// The method fitted at every level.
    public var base: any ForecastingMethod
    /// How the levels' forecasts are weighted in the reconciliation.
    public var weighting: TemporalWeighting
    /// Methods that replace `base` at some levels (keyed by k): validation refits keep the
    /// forms each level selected (`ValidationRefit`).
    var levelMethods: [Int: any ForecastingMethod]
    /// The aggregation levels above 1 to use (k, the periods each aggregate sums); nil for
    /// every divisor of the seasonal period, the paper's hierarchy. Levels that do not divide
    /// the seasonal period are ignored. Fewer levels cost less: each is one more fit of `base`.
    public var aggregationLevels: Set<Int>?

    public init(base: any ForecastingMethod = ETS(), weighting: TemporalWeighting = .seriesVariance,
                aggregationLevels: Set<Int>? = nil) {
        self.base = base
        self.weighting = weighting
        self.aggregationLevels = aggregationLevels
        levelMethods = [:]
    }

    /// The base method's name: the hierarchy is a way of fitting it, and a member of `auto`
    /// left out or failing is named as the model the user knows.
    public var name: String { base.name }

    /// An aggregate level is fitted only with at least two of its cycles (2m/k values) and
    /// at least 8 values, the floor `AutoForecast` also asks of its validation folds: fewer
    /// annual totals than that estimate little more than their mean, and with too few the
    /// level would pull the reconciled trend around.
    static func minimumObservations(seasonalPeriod: Int) -> Int { max(2 * seasonalPeriod, 8) }

    /// The same specification with `levelMethods` replaced.
    private func with(_ methods: [Int: any ForecastingMethod]) -> TemporalHierarchy {
        var copy = self
        copy.levelMethods = methods
        return copy
    }

    /// The method for level k.
    func method(level k: Int) -> any ForecastingMethod { levelMethods[k] ?? base }

    /// Fits `base` at every level the series is long enough for.
    /// - Throws: `base`'s `FitError` when it cannot fit the series at its own frequency.
    /// - Complexity: one fit of `base` per level, on n/k values.
    public func fit(_ series: TimeSeries) throws(FitError) -> FittedTemporalHierarchy {
        let m = series.seasonalPeriod
        let bottom = try method(level: 1).fit(series)
        var levels = [1], models = [bottom], aggregates = [series.values], notes = [String]()
        for k in TemporalAggregation.levels(seasonalPeriod: m).dropFirst() where aggregationLevels?.contains(k) ?? true {
            let values = TemporalAggregation.aggregate(series.values, by: k)
            let needed = Self.minimumObservations(seasonalPeriod: m / k)
            guard values.count >= needed else {
                notes.append("sums of \(k) periods left out: \(needed) of them needed, found \(values.count)")
                continue
            }
            do {
                models.append(try method(level: k).fit(TimeSeries(values: values, seasonalPeriod: m / k)))
                levels.append(k)
                aggregates.append(values)
            } catch {
                notes.append("sums of \(k) periods left out: \(error.reason)")
            }
        }
        var reconciliation: TemporalReconciliation?
        if levels.count < 2 {
            notes.append(m == 1 ? "no seasonal cycle to aggregate over, so the forecasts are the base model's"
                                : "no aggregate level could be fitted, so the forecasts are the base model's")
        } else {
            reconciliation = TemporalReconciliation(seasonalPeriod: m, levels: levels,
                                                    variances: variances(models, aggregates, notes: &notes))
        }
        return FittedTemporalHierarchy(levels: levels, models: models, seasonalPeriod: m, reconciliation: reconciliation, notes: notes,
                                       validationMethod: with(refits(levels, models)))
    }

    /// Each level's forecast-error variance for `weighting`: nil for structural scaling, or
    /// the in-sample mean squared one-step error. A level that fits exactly (a constant
    /// aggregate) would get infinite weight, so then structural scaling is used instead.
    private func variances(_ models: [any FittedModel], _ aggregates: [[Double]], notes: inout [String]) -> [Double]? {
        guard weighting == .seriesVariance else { return nil }
        let variances = zip(models, aggregates).map { model, values -> Double in
            var sum = 0.0
            for (fitted, value) in zip(model.fittedValues, values) { sum += (value - fitted) * (value - fitted) }
            return sum / Double(values.count)
        }
        guard variances.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            notes.append("structural scaling used: a level's in-sample errors are all zero")
            return nil
        }
        return variances
    }

    /// The methods to re-fit each level with at `AutoForecast`'s validation origins.
    private func refits(_ levels: [Int], _ models: [any FittedModel]) -> [Int: any ForecastingMethod] {
        var methods = levelMethods
        for (k, model) in zip(levels, models) {
            if let method = (model as? any ValidationRefit)?.validationMethod { methods[k] = method }
        }
        return methods
    }
}
