/// How the automatic `ARIMA` treats seasonality.
public enum ARIMASeasonality: String, CaseIterable, Codable, Sendable {
    /// Divide by classical multiplicative seasonal indices when the Theta seasonality test
    /// finds a pattern (`SeasonalAdjustment`), fit a non-seasonal ARIMA to the adjusted series
    /// and multiply forecasts back, as the M3/M4 Theta implementations do. Fast, and the
    /// conditional sum of squares then conditions on at most p values.
    case adjusted
    /// Seasonal ARIMA terms (P, D, Q) chosen by the search, as `auto.arima` does. With CSS
    /// each seasonal AR order conditions on m more values, which makes AICc comparisons
    /// unreliable on short series; less accurate on M3 (see `ARIMA`).
    case terms
}
