/// The seasonal adjustment of the M3/M4 Theta implementations, shared by the models that
/// smooth a seasonally adjusted series: take out the series' seasonal pattern
/// (`SeasonalPattern.estimate`: classical, tested or shrunk as the `SeasonalIndexRule` says,
/// or Fourier for cycles longer than 24; divided out of positive data, subtracted from data
/// with zeros or negative values), or leave the series as it is when it has none.
struct SeasonalAdjustment {
    let adjusted: [Double]
    /// The pattern from the series' first value on; `SeasonalPattern.none` when not adjusted.
    let past: SeasonalPattern
    /// The pattern from the 1st period after the series on.
    let future: SeasonalPattern

    var isSeasonal: Bool { past.isSeasonal }

    init(_ values: [Double], period m: Int, rule: SeasonalIndexRule) {
        let pattern = SeasonalPattern.estimate(values, period: m, rule: rule) ?? .none
        past = pattern
        adjusted = values.indices.map { pattern.remove(from: values[$0], at: $0) }
        future = pattern.starting(at: values.count)
    }

    /// Fitted values on the adjusted scale, put back on the series' scale.
    func restoreFitted(_ fitted: [Double]) -> [Double] {
        fitted.indices.map { past.restore(fitted[$0], at: $0) }
    }
}
