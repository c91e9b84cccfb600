@testable import Simulation
import Statistics
import Testing

@Suite("Quantiles and their standard errors")
struct OrderStatisticsTests {
    @Test("selection gives the same type-7 quantiles as sorting", arguments: [1, 2, 10, 4097, 20_000])
    func matchesSort(count: Int) {
        var rng = RandomStream(seed: UInt64(count))
        // Ties included: values rounded to a coarse grid.
        let values = (0..<count).map { _ in (rng.nextUnit() * 50).rounded() }
        let levels = SimulationResult.percentileLevels
        let selected = OrderStatistics.quantiles(levels, of: values)
        let expected = Quantiles.type7(values, at: levels)
        for (q, e) in zip(selected, expected) { #expect(q.value == e) }
    }

    /// For N(0, 1) samples the order-statistic standard error of the median approaches the
    /// asymptotic √(p(1 − p)/n)/φ(0) = √(π/2n); within 15% at n = 40,000.
    @Test("median standard error matches the asymptotic formula")
    func medianError() {
        var rng = RandomStream(seed: 4)
        let n = 40_000
        let values = (0..<n).map { _ in Normal.standardSample(using: &rng) }
        let median = OrderStatistics.quantiles([0.5], of: values)[0]
        let asymptotic = (Double.pi / (2 * Double(n))).squareRoot()
        #expect(abs(median.standardError / asymptotic - 1) <= 0.15)
    }
}
