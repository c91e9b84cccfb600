import Forecasting
import Scenarios
import Simulation
import Testing

/// `response: { robyn | meridian | pymc_marketing: {…} }` becomes the Hill curve and carry-over
/// of `HillAdstock`'s conversions.
@Suite struct MarketingMixResponseTests {
    static func yaml(_ response: String, extra: String = "") -> String {
        ScenarioText.minimal.replacingOccurrences(
            of: "  - name: organic\n    leads: [1200, 1100, 1300]\n",
            with: "  - name: paid\n    spend: [50000, 50000, 60000]\n    response: \(response)\n\(extra)")
    }

    static func spendPlan(_ response: String) throws -> SpendPlan {
        let plan = try #require(ScenarioText.result(yaml(response)).scenario?.base)
        guard case .spend(let spend) = plan.channels[0].leads else {
            Issue.record("expected a spend channel")
            throw CancellationError()
        }
        return spend
    }

    static func expect(_ plan: SpendPlan, _ curve: HillAdstock) {
        #expect(plan.response == .hill(maxLeads: .fixed(curve.maxLeads), halfSpend: .fixed(curve.halfSpend), slope: .fixed(curve.slope)))
        #expect(plan.carryover == curve.carryover)
    }

    @Test func robyn() throws {
        let plan = try Self.spendPlan("{ robyn: { alpha: 2, gamma: 0.5, theta: 0.3, coefficient: 1800, spend_range: [0, 200000] } }")
        Self.expect(plan, try .robyn(alpha: 2, gamma: 0.5, theta: 0.3, coefficient: 1800, adstockedSpendRange: 0...200_000))
        // γ_t = 0 + 0.5 · 200000: the half spend is the middle of Robyn's range.
        #expect(plan.response == .hill(maxLeads: .fixed(1800), halfSpend: .fixed(100_000), slope: .fixed(2)))
    }

    @Test func meridian() throws {
        let plan = try Self.spendPlan("{ meridian: { ec: 1.2, slope: 1.5, alpha: 0.4, max_lag: 8, beta: 0.9, media_scale: 40000, response_scale: 2500 } }")
        Self.expect(plan, try .meridian(ec: 1.2, slope: 1.5, alpha: 0.4, maxLag: 8, beta: 0.9, mediaScale: 40_000, responseScale: 2500))
    }

    @Test func pymcMarketing() throws {
        let plan = try Self.spendPlan("{ pymc_marketing: { lam: 2.5, alpha: 0.5, l_max: 4, beta: 0.6, channel_scale: 90000, target_scale: 3000 } }")
        Self.expect(plan, try .pymcMarketing(lambda: 2.5, alpha: 0.5, lMax: 4, beta: 0.6, channelScale: 90_000, targetScale: 3000))
    }

    /// Golden messages: a missing parameter, a carry-over given twice, a fractional lag, two tools.
    @Test func problemsAreLocated() {
        #expect(ScenarioText.problems(Self.yaml("{ robyn: { alpha: 2, gamma: 0.5, theta: 0.3, coefficient: 1800 } }")) == [
            "plan.yaml:7:24: channels[0].response.robyn: missing required key 'spend_range'",
        ])
        #expect(ScenarioText.problems(Self.yaml(
            "{ robyn: { alpha: 2, gamma: 0.5, theta: 0.3, coefficient: 1800, spend_range: [0, 200000] } }",
            extra: "    carryover: 0.2\n")) == [
            "plan.yaml:8:16: channels[0].carryover: carryover comes from the marketing-mix parameters in response (0.3) — remove carryover:",
        ])
        #expect(ScenarioText.problems(Self.yaml("{ pymc_marketing: { lam: 2.5, alpha: 0.5, l_max: 2.5, beta: 0.6, channel_scale: 90000, target_scale: 3000 } }")).count == 1)
        #expect(ScenarioText.problems(Self.yaml("{ hill: { max_leads: 1, half_spend: 1, slope: 1 }, robyn: {} }")) == [
            "plan.yaml:7:15: channels[0].response: give one response: cost_per_lead, hill, robyn, meridian or pymc_marketing",
        ])
    }
}
