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
///    quarterly 1, 2, 4. Each aggregate sums blocks aligned to the end of the series, the
///    oldest incomplete block dropped (`TemporalAggregation.aggregate`), and is fitted by
///    `base` with seasonal period m/k (no season at k = m) — with the default `ETS()`, each
///    level selects its own form by AICc.
/// 2. For horizon h, each level forecasts ⌈h/m⌉ · m/k periods, ⌈h/m⌉ whole cycles.
/// 3. Each cycle's forecasts are reconciled by structural scaling
///    (`StructuralReconciliation`, WLS_s); the point forecasts are the reconciled bottom
///    level.
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
    /// Methods that replace `base` at some levels (keyed by k): validation refits keep the
    /// forms each level selected (`ValidationRefit`).
    var levelMethods: [Int: any ForecastingMethod]

    public init(base: any ForecastingMethod = ETS()) {
        self.init(base: base, levelMethods: [:])
    }

    init(base: any ForecastingMethod, levelMethods: [Int: any ForecastingMethod]) {
        self.base = base
        self.levelMethods = levelMethods
    }

    public var name: String { "thief" }

    /// An aggregate level is fitted only with at least two of its cycles (2m/k values) and
    /// at least 8 values, the floor `AutoForecast` also asks of its validation folds: fewer
    /// annual totals than that estimate little more than their mean, and with too few the
    /// level would pull the reconciled trend around.
    static func minimumObservations(seasonalPeriod: Int) -> Int { max(2 * seasonalPeriod, 8) }

    /// The method for level k.
    func method(level k: Int) -> any ForecastingMethod { levelMethods[k] ?? base }

    /// Fits `base` at every level the series is long enough for.
    /// - Throws: `FitError` when `base` cannot fit the series at its own frequency.
    /// - Complexity: one fit of `base` per level, on n/k values.
    public func fit(_ series: TimeSeries) throws(FitError) -> FittedTemporalHierarchy {
        let m = series.seasonalPeriod
        let bottom: any FittedModel
        do {
            bottom = try method(level: 1).fit(series)
        } catch {
            throw FitError(model: name, reason: "\(error.model) at the series' own frequency: \(error.reason)")
        }
        var levels = [1], models = [bottom], notes = [String]()
        for k in TemporalAggregation.levels(seasonalPeriod: m).dropFirst() {
            let values = TemporalAggregation.aggregate(series.values, by: k)
            let needed = Self.minimumObservations(seasonalPeriod: m / k)
            guard values.count >= needed else {
                notes.append("sums of \(k) periods left out: \(needed) of them needed, found \(values.count)")
                continue
            }
            do {
                models.append(try method(level: k).fit(TimeSeries(values: values, seasonalPeriod: m / k)))
                levels.append(k)
            } catch {
                notes.append("sums of \(k) periods left out: \(error.reason)")
            }
        }
        if levels.count < 2 {
            notes.append(m == 1 ? "no seasonal cycle to aggregate over, so the forecasts are the base model's"
                                : "no aggregate level could be fitted, so the forecasts are the base model's")
        }
        return FittedTemporalHierarchy(levels: levels, models: models, seasonalPeriod: m, notes: notes,
                                       validationMethod: TemporalHierarchy(base: base, levelMethods: refits(levels, models)))
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
