import RealModule

/// Which deal-size distribution a plan should use.
public enum DealSizeModel: String, CaseIterable, Codable, Sendable {
    /// The maximum-likelihood log-normal.
    case logNormal
    /// The observed amounts, resampled (bootstrap).
    case empirical
}

/// Deal size from historical amounts: a log-normal fit, a check of its shape, and the choice
/// between it and the empirical distribution with the reason in words.
///
/// The log-normal is kept unless the Anderson–Darling test rejects normality of the log
/// amounts at `significance` (default 5%); with fewer than `AndersonDarling.minimumCount`
/// amounts the shape cannot be checked, and the log-normal is kept as a smooth assumption
/// (a bootstrap of a handful of amounts would never produce any other value) — the reason
/// says so.
public struct DealSizeEstimate: Sendable, Equatable {
    public static let defaultSignificance = 0.05

    public let logNormal: LogNormalFit
    /// The normality test of ln(amount); nil when there are too few amounts to test.
    public let goodnessOfFit: AndersonDarling?
    public let empirical: Empirical
    public let choice: DealSizeModel
    /// The evidence behind `choice`, in a planner's words.
    public let reason: String

    /// - Throws: `EstimationError` as `LogNormalFit`, or for a significance outside (0, 1).
    public init(amounts: [Double], significance: Double = defaultSignificance) throws(EstimationError) {
        guard significance > 0 && significance < 1 else {
            throw EstimationError(estimate: "deal size", parameter: "significance", expected: "a probability in (0, 1)",
                                  found: "\(significance)")
        }
        logNormal = try LogNormalFit(amounts: amounts)
        empirical = try! Empirical(values: amounts)  // validated positive and finite above
        let test = AndersonDarling(normalityOf: amounts.map { Double.log($0) })
        goodnessOfFit = test
        guard let test else {
            choice = .logNormal
            reason = "only \(amounts.count) amounts: too few to check the shape (need \(AndersonDarling.minimumCount)); log-normal assumed"
            return
        }
        let statistic = "Anderson–Darling A*² = \(Self.format(test.modifiedStatistic))"
        let sample = "n = \(test.count)"
        if test.pValue >= significance {
            choice = .logNormal
            reason = "log-normal fits: \(statistic), p = \(Self.format(test.pValue)) ≥ \(Self.format(significance)), \(sample)"
        } else {
            choice = .empirical
            reason = "log-normal fits badly (\(statistic), p = \(Self.format(test.pValue)) < \(Self.format(significance)), \(sample)): using the observed amounts"
        }
    }

    /// Three significant digits, in e-notation below 0.001 ("0.0421", "3.7e-24").
    static func format(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return "\(value)" }
        let significantDigits = 3.0, smallestPlain = 1e-3
        let exponent = Double.log10(Swift.abs(value)).rounded(.down)
        if Swift.abs(value) < smallestPlain {
            let mantissa = (value / Double.pow(10, exponent) * 10).rounded() / 10
            return "\(mantissa)e\(Int(exponent))"
        }
        let scale = Double.pow(10, significantDigits - 1 - exponent)
        return "\((value * scale).rounded() / scale)"
    }
}
