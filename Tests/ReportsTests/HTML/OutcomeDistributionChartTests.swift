@testable import Reports
@testable import Simulation
import Testing

@Suite("Outcome distribution chart")
struct OutcomeDistributionChartTests {
    static func result(values: [Double]) throws -> SimulationResult {
        var result = FixedResults.simulation()
        let reordered = values
        result.histogram = RevenueHistogram(reordered)
        result.trials = values.count
        return result
    }

    /// A lumpy body of 10,000 trials and 3 far outliers.
    @Test("fine bins merge into about 40 bars; the far tail is left off and counted")
    func merging() throws {
        let body = (0..<10_000).map { Double($0 % 100 + $0 % 37) * 1_000 }
        let result = try Self.result(values: body + [5e6, 5e6, 5e6])
        let (columns, omitted) = OutcomeDistributionChart(result: result, money: MoneyText(currency: "USD")).bins
        #expect(columns.count >= 20 && columns.count <= 60)
        // 0.05% of 10,003 per tail: the 3 outliers and a few body trials at the edges.
        #expect(omitted >= 3 && omitted <= 12)
        #expect(columns.map(\.count).reduce(0, +) + omitted == 10_003)
        for (a, b) in zip(columns, columns.dropFirst()) { #expect(abs(a.x1 - b.x0) < 1e-6, "bars touch") }
        let figure = OutcomeDistributionChart(result: result, money: MoneyText(currency: "USD")).figure
        #expect(figure.caption.hasSuffix("\(omitted) extreme trials lie beyond the axis."))
    }

    @Test("every trial equal: one bar around the value")
    func constant() throws {
        let result = try Self.result(values: [Double](repeating: 400_000, count: 50))
        let (columns, omitted) = OutcomeDistributionChart(result: result, money: MoneyText(currency: nil)).bins
        #expect(columns.count == 1)
        #expect(columns[0].count == 50 && omitted == 0)
        #expect(columns[0].x0 < 400_000 && columns[0].x1 > 400_000)
    }
}
