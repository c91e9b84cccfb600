import Foundation
import Forecasting
import Statistics
import Testing

@Suite struct HillAdstockMarketingMixTests {
    static func spendSeries(count: Int = 60) -> [Double] {
        var rng = RandomStream(seed: 11, component: StreamKey("marketing-mix-conversion"))
        return (0..<count).map { _ in 0.5 + 0.5 * rng.nextUnit() }
    }

    /// Normalised geometric adstock truncated after `lags` lags, as Meridian and PyMC-Marketing
    /// compute it: Σ_{j<lags} αʲx_{t−j} / Σ_{j<lags} αʲ (missing history counts as 0).
    static func normalisedAdstock(_ x: [Double], alpha: Double, lags: Int) -> [Double] {
        let total = (0..<lags).reduce(0.0) { $0 + pow(alpha, Double($1)) }
        return x.indices.map { t in
            (0..<min(lags, t + 1)).reduce(0.0) { $0 + pow(alpha, Double($1)) * x[t - $1] } / total
        }
    }

    /// Robyn's curve is ours exactly: the inflexion is γ of the way across the adstocked range.
    @Test func robynIsExact() throws {
        let spend = Self.spendSeries()
        let theta = 0.3, alpha = 2.2, gamma = 0.4, coefficient = 250.0
        let adstocked = HillAdstock.effectiveSpend(spend, carryover: theta)
        let range = adstocked.min()!...adstocked.max()!
        let curve = try HillAdstock.robyn(alpha: alpha, gamma: gamma, theta: theta, coefficient: coefficient,
                                          adstockedSpendRange: range)
        let inflexion = range.lowerBound + gamma * (range.upperBound - range.lowerBound)
        let ours = curve.expectedLeads(spend: spend)
        for (s, lambda) in zip(adstocked, ours) {
            let robyn = coefficient * pow(s, alpha) / (pow(s, alpha) + pow(inflexion, alpha))
            #expect(abs(lambda - robyn) <= 1e-12 * coefficient)
        }
        #expect(throws: FitError.self) {
            try HillAdstock.robyn(alpha: 1, gamma: 1.5, theta: 0, coefficient: 1, adstockedSpendRange: 0...1)
        }
    }

    /// Meridian differs only by its cut after L lags. Once t ≥ L our sum exceeds W·theirs by
    /// at most α^{L+1}/(1 − α)·max x, and the Hill fraction moves by at most k/4 per unit of
    /// ln s, so |Δλ| ≤ V·(k/4)·α^{L+1}/(1 − α)·max x / min s (min s ≥ min x here).
    @Test func meridianMatchesUpToTruncation() throws {
        let spend = Self.spendSeries()
        let ec = 1.3, slope = 1.8, alpha = 0.5, maxLag = 8, beta = 0.7, mediaScale = 0.75, responseScale = 400.0
        let curve = try HillAdstock.meridian(ec: ec, slope: slope, alpha: alpha, maxLag: maxLag, beta: beta,
                                             mediaScale: mediaScale, responseScale: responseScale)
        let theirsAdstock = Self.normalisedAdstock(spend, alpha: alpha, lags: maxLag + 1)
        let ours = curve.expectedLeads(spend: spend)
        let bound = curve.maxLeads * slope / 4 * pow(alpha, Double(maxLag + 1)) / (1 - alpha) * spend.max()! / spend.min()!
        for t in maxLag..<spend.count {
            let x = theirsAdstock[t] / mediaScale
            let meridian = beta * responseScale * pow(x, slope) / (pow(x, slope) + pow(ec, slope))
            #expect(abs(ours[t] - meridian) <= bound, "t = \(t)")
        }
    }

    /// PyMC-Marketing's logistic shares our ceiling and half point (up to the cut after l_max
    /// lags); its shape differs by at most 0.071 of the ceiling (see the conversion's notes),
    /// so on the same spend the two agree within 0.075 of the ceiling (0.004 for truncation).
    @Test func pymcMarketingMatchesHalfPointAndShape() throws {
        let lambda = 4.0, alpha = 0.4, lMax = 8, beta = 0.35, channelScale = 2.0, targetScale = 8000.0
        let curve = try HillAdstock.pymcMarketing(lambda: lambda, alpha: alpha, lMax: lMax, beta: beta,
                                                  channelScale: channelScale, targetScale: targetScale)
        #expect(curve.maxLeads == beta * targetScale)
        #expect(abs(curve.slope - 1.5 * log(3.0)) <= 1e-15 && curve.carryover == alpha)
        // Their half point: logistic(λx) = ½ at x = ln 3/λ of the scaled, normalised adstock.
        let halfScaled = log(3.0) / lambda
        #expect(abs((1 - exp(-lambda * halfScaled)) / (1 + exp(-lambda * halfScaled)) - 0.5) <= 1e-15)
        let weightSum = (0..<lMax).reduce(0.0) { $0 + pow(alpha, Double($1)) }
        #expect(abs(curve.halfSpend - halfScaled * channelScale * weightSum) <= 1e-12 * curve.halfSpend)
        let spend = Self.spendSeries().map { $0 * channelScale * 0.6 }
        let theirsAdstock = Self.normalisedAdstock(spend.map { $0 / channelScale }, alpha: alpha, lags: lMax)
        let ours = curve.expectedLeads(spend: spend)
        for t in lMax..<spend.count {
            let x = theirsAdstock[t]
            let pymc = beta * targetScale * (1 - exp(-lambda * x)) / (1 + exp(-lambda * x))
            #expect(abs(ours[t] - pymc) <= 0.075 * curve.maxLeads, "t = \(t)")
        }
    }
}
