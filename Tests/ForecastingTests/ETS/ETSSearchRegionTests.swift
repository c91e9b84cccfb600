import Testing
@testable import Forecasting

/// The region and starting point of the likelihood search: β ≤ min(α, β̄) with β̄ set by the
/// series' seasonal period, and `forecast::ets`'s starting α with m = 1 for non-seasonal forms.
struct ETSSearchRegionTests {
    /// The 14 training values of M3 series N0001 (yearly): growth that keeps accelerating,
    /// whose likelihood over `forecast::ets`'s region β ≤ α peaks at α ≈ β ≈ 1, a slope that
    /// follows the last change.
    static let accelerating: [Double] = [940.66, 1084.86, 1244.98, 1445.02, 1683.17, 2038.15, 2342.52,
                                         2602.45, 2927.87, 3103.96, 3360.27, 3807.63, 4387.88, 4936.99]
    static let margin = ETSObjective.smoothingMargin

    /// `forecast::ets`'s starting α, ε + 0.2(1 − 2ε)/m.
    static func startingAlpha(period m: Double) -> Double {
        margin + 0.2 * (1 - 2 * margin) / m
    }

    @Test("β̄ is forecast::ets's starting α for the period: 0.2 yearly, 0.05 quarterly, 0.017 monthly")
    func limitValues() {
        for m in [1, 4, 12] {
            let expected = Self.startingAlpha(period: Double(m))
            #expect(abs(ETSObjective.slopeSmoothingLimit(seasonalPeriod: m) - expected) < 1e-15)
        }
    }

    @Test("estimated β stays within min(α, β̄) for every period", arguments: [1, 4, 12])
    func slopeLimit(m: Int) throws {
        for trend in [ETSTrendType.additive, .damped] {
            let form = ETSForm(error: .multiplicative, trend: trend, season: .none)
            let fitted = try ETS(form).fit(TimeSeries(values: Self.accelerating, seasonalPeriod: m))
            let beta = try #require(fitted.parameters.beta)
            let limit = ETSObjective.slopeSmoothingLimit(seasonalPeriod: m)
            #expect(beta <= min(fitted.parameters.alpha, limit) + 1e-12, "\(form): β \(beta)")
            #expect(beta >= Self.margin - 1e-12)
        }
    }

    @Test("on yearly data the limit binds where β ≤ α alone would let the slope follow each change")
    func limitBinds() throws {
        let form = ETSForm(error: .multiplicative, trend: .additive, season: .none)
        let fitted = try ETS(form).fit(TimeSeries(values: Self.accelerating, seasonalPeriod: 1))
        let beta = try #require(fitted.parameters.beta)
        #expect(beta > 0.9 * ETSObjective.slopeSmoothingLimit(seasonalPeriod: 1), "β \(beta)")
    }

    @Test("non-seasonal forms start at α = 0.2 whatever the period; seasonal forms at 0.2/m")
    func alphaStart() {
        let y = Array(Wineind.values.prefix(36))
        let forms: [ETSForm] = [ETSForm(error: .additive, trend: .additive, season: .none),
                                ETSForm(error: .additive, trend: .additive, season: .additive)]
        for form in forms {
            let objective = ETSObjective(form: form, y: y, m: 12)
            let start = ETSEstimator.startingPoint(form, y: y, objective: objective).point[0]
            let expected = Self.startingAlpha(period: form.hasSeason ? 12 : 1)
            #expect(abs(start - expected) < 1e-15, "\(form)")
        }
    }
}
