import RealModule

/// The maximum-likelihood log-normal for positive amounts (deal sizes).
///
/// With yᵢ = ln xᵢ the estimates are μ̂ = ȳ and σ̂ = √(Σ(yᵢ − ȳ)²/n) (divisor n: the MLE), with
/// asymptotic standard errors SE(μ̂) = σ̂/√n and SE(σ̂) = σ̂/√(2n) from the inverse Fisher
/// information (Johnson, Kotz & Balakrishnan, *Continuous Univariate Distributions* vol. 1,
/// 2nd ed., 1994, §14.5). The MLE of σ is biased low by a factor of about 1 − 3/(4n).
public struct LogNormalFit: Sendable, Equatable {
    /// Fewest amounts accepted: two give σ̂ but nothing to spare; three is the least that is
    /// not a degenerate fit.
    public static let minimumCount = 3

    /// The fitted distribution (μ̂, σ̂).
    public let distribution: LogNormal
    /// Standard error of μ̂.
    public let muStandardError: Double
    /// Standard error of σ̂.
    public let sigmaStandardError: Double
    /// Amounts used.
    public let count: Int

    /// - Throws: `EstimationError` naming the first amount that is not positive and finite,
    ///   or saying there are fewer than `minimumCount` amounts or that they are all equal.
    /// - Complexity: O(n).
    public init(amounts: [Double]) throws(EstimationError) {
        let logs = try Self.logAmounts(amounts)
        let n = Double(logs.count)
        let mu = Descriptive.mean(logs)
        let sigma = (Descriptive.sum(logs.lazy.map { ($0 - mu) * ($0 - mu) }) / n).squareRoot()
        guard let distribution = try? LogNormal(mu: mu, sigma: sigma) else {
            throw EstimationError(estimate: "deal size", parameter: "amounts", expected: "amounts that differ",
                                  found: "\(amounts.count) amounts all equal to \(amounts[0]) (use a fixed deal size)")
        }
        self.distribution = distribution
        muStandardError = sigma / n.squareRoot()
        sigmaStandardError = sigma / (2 * n).squareRoot()
        count = logs.count
    }

    /// The natural logarithms of validated amounts.
    static func logAmounts(_ amounts: [Double]) throws(EstimationError) -> [Double] {
        guard amounts.count >= minimumCount else {
            throw EstimationError(estimate: "deal size", parameter: "amounts",
                                  expected: "at least \(minimumCount) amounts", found: "\(amounts.count)")
        }
        if let index = amounts.firstIndex(where: { !($0.isFinite && $0 > 0) }) {
            throw EstimationError(estimate: "deal size", parameter: "amounts[\(index)]",
                                  expected: "a positive amount (leave zero-value deals out)", found: "\(amounts[index])")
        }
        return amounts.map { Double.log($0) }
    }
}
