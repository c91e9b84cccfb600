import Statistics

/// A fitted `TemporalHierarchy`: the base model fitted at each aggregation level, whose
/// forecasts are reconciled by weighted least squares (`TemporalReconciliation`).
///
/// Intervals and sample paths are the bottom-level model's, shifted by (reconciled mean −
/// its own mean) at each period — an approximation that keeps its spread (see
/// `TemporalHierarchy`).
public struct FittedTemporalHierarchy: FittedModel {
    /// The aggregation levels fitted, ascending from 1 (the series' own periods).
    public let levels: [Int]
    /// The fitted base model of each level, in `levels` order.
    public let models: [any FittedModel]
    /// Levels left out, or why the forecasts are the base model's, in plain words.
    public let notes: [String]
    let seasonalPeriod: Int
    /// nil with fewer than two levels: nothing to reconcile.
    let reconciliation: TemporalReconciliation?
    /// Reconciled minus bottom-level base mean over `cachedCycles` cycles, computed once so
    /// sample paths do not re-forecast every level.
    let cachedShift: [Double]
    /// The specification `AutoForecast` re-fits at its validation origins.
    let refit: TemporalHierarchy

    /// Cycles of forecasts reconciled at fit time: two, enough for the usual horizons
    /// (18 months, 8 quarters); longer horizons are reconciled when asked for.
    static let cachedCycles = 2

    init(levels: [Int], models: [any FittedModel], seasonalPeriod: Int, reconciliation: TemporalReconciliation?,
         notes: [String], validationMethod: TemporalHierarchy) {
        self.levels = levels
        self.models = models
        self.seasonalPeriod = seasonalPeriod
        self.notes = notes
        refit = validationMethod
        self.reconciliation = reconciliation
        cachedShift = Self.shift(models: models, reconciliation: reconciliation, horizon: Self.cachedCycles * seasonalPeriod)
    }

    /// "ETS(M,A,M) (…), reconciled with its sums over 3 and 12 periods (temporal
    /// hierarchy)": the bottom level's model and the aggregate levels used; with a single
    /// level, the base model's summary alone, as its forecasts are. Levels left out, and why,
    /// are in `notes`: `auto` combines four members, and four copies of "too short for
    /// yearly sums" would bury the model line.
    public var summary: String {
        guard let reconciliationDescription else { return baseSummary }
        return "\(baseSummary), \(reconciliationDescription)"
    }

    /// The bottom level's model: "ETS(M,A,M) (…)".
    public var baseSummary: String { models[0].summary }

    /// "reconciled with its sums over 3 and 12 periods (temporal hierarchy)"; nil when no
    /// aggregate level was fitted.
    public var reconciliationDescription: String? {
        guard levels.count > 1 else { return nil }
        let sums = levels.dropFirst().map(String.init)
        let list = sums.count == 1 ? sums[0] : sums.dropLast().joined(separator: ", ") + " and " + sums[sums.count - 1]
        return "reconciled with its sums over \(list) periods (temporal hierarchy)"
    }

    public var fittedValues: [Double] { models[0].fittedValues }

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        var forecast = models[0].forecast(horizon: horizon, levels: levels)
        let shift = shift(horizon: horizon)
        for h in 0..<horizon {
            forecast.mean[h] += shift[h]
            for i in forecast.intervals.indices {
                forecast.intervals[i].lower[h] += shift[h]
                forecast.intervals[i].upper[h] += shift[h]
            }
        }
        return forecast
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        let path = models[0].samplePath(horizon: horizon, using: &rng)
        return zip(path, shift(horizon: horizon)).map(+)
    }

    private func shift(horizon: Int) -> [Double] {
        horizon <= cachedShift.count
            ? Array(cachedShift.prefix(horizon))
            : Self.shift(models: models, reconciliation: reconciliation, horizon: horizon)
    }

    /// Reconciled minus base bottom-level means, over whole cycles covering `horizon`.
    private static func shift(models: [any FittedModel], reconciliation: TemporalReconciliation?, horizon: Int) -> [Double] {
        guard let reconciliation else { return [Double](repeating: 0, count: horizon) }
        let m = reconciliation.seasonalPeriod
        let cycles = (horizon + m - 1) / m
        let base = zip(reconciliation.levels, models).map { k, model in
            model.forecast(horizon: cycles * m / k, levels: []).mean
        }
        let bottom = reconciliation.bottom(base, cycles: cycles)
        return zip(bottom, base[0]).map { $0 - $1 }
    }
}
