import Forecasting
import Testing

@Suite struct HillAdstockTests {
    /// sₜ = xₜ + 0.5·sₜ₋₁ by hand, and λ = V/2 exactly at s = H.
    @Test func adstockAndSaturation() throws {
        #expect(HillAdstock.effectiveSpend([4, 0, 2, 0], carryover: 0.5) == [4, 2, 3, 1.5])
        let curve = try HillAdstock(maxLeads: 80, halfSpend: 3, slope: 2, carryover: 0.5)
        #expect(curve.leads(effectiveSpend: 3) == 40)
        #expect(curve.leads(effectiveSpend: 0) == 0)
        #expect(abs(curve.leads(effectiveSpend: 6) - 80 * 36 / 45) <= 1e-12)
        #expect(curve.expectedLeads(spend: [4, 0, 2, 0])[2] == 40)
    }

    @Test func rejectsInvalidParameters() {
        #expect(throws: FitError(model: "hill", reason: "carryover 1.0 must be in [0, 1)")) {
            try HillAdstock(maxLeads: 1, halfSpend: 1, slope: 1, carryover: 1)
        }
        #expect(throws: FitError.self) { try HillAdstock(maxLeads: 1, halfSpend: 0, slope: 1, carryover: 0) }
        #expect(throws: FitError.self) { try HillAdstock(maxLeads: .nan, halfSpend: 1, slope: 1, carryover: 0) }
    }
}
