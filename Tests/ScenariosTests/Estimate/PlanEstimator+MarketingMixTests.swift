import Forecasting
import Foundation
import Scenarios
import Testing

/// `PlanEstimator.marketingMix` on a table with a known Hill response.
@Suite struct MarketingMixEstimateTests {
    /// 48 months of spend swinging between 20,000 and 180,000, leads exactly
    /// 300 + 2000·s/(s + 60000) with no carry-over: the curve is identified and recovered.
    static let table: String = {
        var lines = ["month,spend_paid,leads"]
        for index in 0..<48 {
            let spend = 100_000.0 + 80_000 * sin(Double(index) * 0.9)
            let leads = 300 + 2000 * spend / (spend + 60_000)
            lines.append("\(2022 + index / 12)-\(String(format: "%02d", index % 12 + 1)),\(spend),\(leads)")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func recoversAKnownCurve() throws {
        let table = try HistoryTable.parse(Self.table, file: "mix.csv", options: HistoryOptions())
        let fits = try PlanEstimator().marketingMix(table, spendColumns: ["spend_paid"], responseColumn: "leads")
        let curve = try #require(fits.first?.response.curve)
        #expect(fits.first?.response.choice == .hillCurve)
        // Noise-free data: the least-squares fit should land within 2% of the truth (the
        // search stops at a relative tolerance of 1e-10 on the residual sum of squares).
        #expect(abs(curve.halfSpend / 60_000 - 1) < 0.02)
        #expect(abs(curve.maxLeads / 2000 - 1) < 0.02)
    }

    @Test func namesAMissingColumn() throws {
        let table = try HistoryTable.parse(Self.table, file: "mix.csv", options: HistoryOptions())
        #expect(throws: FitError(model: "marketing mix", reason: "no column 'revenue' in mix.csv (columns: spend_paid, leads)")) {
            try PlanEstimator().marketingMix(table, spendColumns: ["spend_paid"], responseColumn: "revenue")
        }
    }
}
