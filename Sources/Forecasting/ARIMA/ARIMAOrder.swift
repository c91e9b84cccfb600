/// The orders of a seasonal ARIMA(p, d, q)(P, D, Q)_m model and whether it has a constant
/// (a mean when d + D = 0, a drift when d + D = 1; never with more differencing, as in R's
/// `forecast::Arima`). The seasonal period m belongs to the series, not the order.
public struct ARIMAOrder: Hashable, Sendable {
    /// Non-seasonal autoregressive, differencing and moving-average orders.
    public var p: Int
    public var d: Int
    public var q: Int
    /// Seasonal autoregressive, differencing and moving-average orders (lags in cycles).
    public var seasonalP: Int
    public var seasonalD: Int
    public var seasonalQ: Int
    public var includesConstant: Bool

    public init(p: Int, d: Int, q: Int, seasonalP: Int = 0, seasonalD: Int = 0, seasonalQ: Int = 0, includesConstant: Bool = false) {
        precondition(min(p, d, q, seasonalP, seasonalD, seasonalQ) >= 0, "ARIMA orders are non-negative")
        precondition(!includesConstant || d + seasonalD <= 1, "a constant needs d + D ≤ 1")
        self.p = p
        self.d = d
        self.q = q
        self.seasonalP = seasonalP
        self.seasonalD = seasonalD
        self.seasonalQ = seasonalQ
        self.includesConstant = includesConstant
    }

    /// Estimated coefficients (AR, MA, seasonal AR and MA, constant), without σ².
    var coefficientCount: Int { p + q + seasonalP + seasonalQ + (includesConstant ? 1 : 0) }

    /// Observations of the differenced series the conditional sum of squares starts from:
    /// the span of the full autoregressive polynomial, p + mP.
    func conditioningLength(period m: Int) -> Int { p + m * seasonalP }

    /// Observations lost to differencing: d + mD.
    func differencingLength(period m: Int) -> Int { d + m * seasonalD }

    /// R's wording, e.g. "ARIMA(0,1,1)(0,1,1)[12]" or "ARIMA(1,1,0) with drift".
    public func description(period m: Int) -> String {
        var text = "ARIMA(\(p),\(d),\(q))"
        if m > 1 && seasonalP + seasonalD + seasonalQ > 0 {
            text += "(\(seasonalP),\(seasonalD),\(seasonalQ))[\(m)]"
        }
        if includesConstant { text += d + seasonalD == 0 ? " with non-zero mean" : " with drift" }
        return text
    }
}
