/// How the automatic `ARIMA` treats seasonality.
public enum ARIMASeasonality: String, CaseIterable, Codable, Sendable {
    /// Take out the classical seasonal pattern when the Theta seasonality test finds one
    /// (`SeasonalAdjustment`), fit a non-seasonal ARIMA to the adjusted series and put the
    /// pattern back into the forecasts, as the M3/M4 Theta implementations do. Fast, and the
    /// conditional sum of squares then conditions on at most p values.
    case adjusted
    /// Seasonal ARIMA terms (P, D, Q) chosen by the search, as `auto.arima` does. With CSS
    /// each seasonal AR order conditions on m more values, which makes AICc comparisons
    /// unreliable on short series; less accurate on M3 (see `ARIMA`).
    case terms
}
