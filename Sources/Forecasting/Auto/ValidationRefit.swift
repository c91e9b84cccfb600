/// A fitted member that knows a cheaper way to be re-fitted at `AutoForecast`'s earlier
/// validation origins than repeating its whole specification.
///
/// Validation refits exist to measure how far the member's forecasts stray at this series'
/// horizon, so they must re-estimate on the shorter data (parameters fitted to the held-back
/// values would understate the errors); what they may keep is a discrete choice the full fit
/// already made, such as ETS's form, whose search is most of the cost.
protocol ValidationRefit: FittedModel {
    /// The specification to fit at each validation origin; nil to repeat the member's own.
    var validationMethod: (any ForecastingMethod)? { get }
}

extension FittedETS: ValidationRefit {
    /// The selected form, re-estimated: the AICc search over up to 15 forms is skipped.
    var validationMethod: (any ForecastingMethod)? { ETS(form, varianceInflation: varianceInflation) }
}

extension FittedARIMA: ValidationRefit {
    /// The selected order (d, D and the constant included), re-estimated: the tests for
    /// differencing and the stepwise search over up to `ARIMA.maximumModels` orders are
    /// skipped. A seasonally adjusted fit repeats its search instead, because a fixed order
    /// is fitted to the raw series.
    var validationMethod: (any ForecastingMethod)? { seasonallyAdjusted ? nil : ARIMA(order: order) }
}

extension FittedTemporalHierarchy: ValidationRefit {
    /// The same base method, each level re-fitted with the discrete choice its model made
    /// (ETS keeps each level's form).
    var validationMethod: (any ForecastingMethod)? { refit }
}
