import Statistics

/// Cost per lead as a ratio estimator, with a large-sample confidence interval.
///
/// R̂ = Σ spendₜ / Σ leadsₜ over the periods, with the linearisation (delta-method) variance
/// of a ratio estimator (Cochran, *Sampling Techniques*, 3rd ed., 1977, §6.3, no finite
/// population correction):
///
///     Var(R̂) ≈ Σ (spendₜ − R̂·leadsₜ)² / (n(n − 1)·mean(leads)²)
///
/// and the interval R̂ ± z·SE with z = Φ⁻¹(½(1 + level)), cut at 0. The interval is
/// approximate for few periods (the ratio's distribution is skewed) and assumes periods are
/// independent; carry-over makes it somewhat narrow.
public struct CostPerLead: Sendable, Equatable {
    public static let defaultConfidenceLevel = 0.95

    /// Spend per lead, R̂.
    public let value: Double
    public let standardError: Double
    public let lower: Double
    public let upper: Double
    public let confidenceLevel: Double
    public let periods: Int

    /// - Throws: `FitError` when the series differ in length, have fewer than two periods,
    ///   hold a negative or non-finite value, or record no leads at all.
    /// - Complexity: O(n).
    public init(spend: [Double], leads: [Double], confidenceLevel: Double = defaultConfidenceLevel) throws(FitError) {
        let model = "cost per lead"
        try ResponseInput.validate(spend: spend, leads: leads, minimumPeriods: 2, model: model)
        guard confidenceLevel > 0 && confidenceLevel < 1 else {
            throw FitError(model: model, reason: "confidence level \(confidenceLevel) is outside (0, 1)")
        }
        let totalLeads = Descriptive.sum(leads)
        guard totalLeads > 0 else {
            throw FitError(model: model, reason: "no leads in \(leads.count) periods: cost per lead is undefined")
        }
        let ratio = Descriptive.sum(spend) / totalLeads
        let n = Double(spend.count)
        let meanLeads = totalLeads / n
        let squares = Descriptive.sum(zip(spend, leads).map { ($0 - ratio * $1) * ($0 - ratio * $1) })
        standardError = (squares / (n * (n - 1))).squareRoot() / meanLeads
        let z = Normal.standardQuantile(0.5 * (1 + confidenceLevel))
        value = ratio
        lower = max(0, ratio - z * standardError)
        upper = ratio + z * standardError
        self.confidenceLevel = confidenceLevel
        periods = spend.count
    }
}

/// Boundary checks shared by the spend-response estimators.
enum ResponseInput {
    static func validate(spend: [Double], leads: [Double], minimumPeriods: Int, model: String) throws(FitError) {
        guard spend.count == leads.count else {
            throw FitError(model: model, reason: "spend has \(spend.count) periods but leads has \(leads.count)")
        }
        guard spend.count >= minimumPeriods else {
            throw FitError(model: model, reason: "\(spend.count) periods given; need at least \(minimumPeriods)")
        }
        for (name, series) in [("spend", spend), ("leads", leads)] {
            if let index = series.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
                throw FitError(model: model, reason: "\(name)[\(index)] is \(series[index]); expected a non-negative number")
            }
        }
    }
}
