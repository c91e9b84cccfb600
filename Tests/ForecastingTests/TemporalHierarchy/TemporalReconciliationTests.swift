@testable import Forecasting
import Testing

@Suite("Structural reconciliation")
struct TemporalReconciliationTests {
    /// By hand, m = 2: S = [1 1; 1 0; 0 1], Λ = diag(1/2, 1, 1), so SᵀΛS = [1.5 0.5; 0.5 1.5]
    /// and SᵀΛ(10, 3, 4) = (8, 9); solving gives b̃ = (3.75, 4.75). The incoherence 10 − 7 = 3
    /// is split by the variances (2 for the total, 1 + 1 for the halves): the total moves
    /// down 1.5 to 8.5 and each half up 0.75. Tolerance 1e-12: a 2 × 2 solve.
    @Test("a two-period example computed by hand")
    func byHand() {
        let reconciliation = TemporalReconciliation(seasonalPeriod: 2, levels: [1, 2])
        let bottom = reconciliation.bottom([[3, 4], [10]], cycles: 1)
        #expect(abs(bottom[0] - 3.75) < 1e-12 && abs(bottom[1] - 4.75) < 1e-12, "\(bottom)")
    }

    /// By hand with variances 1 (halves) and 6 (total), as series variance scaling might
    /// estimate: SᵀΛS = [7/6 1/6; 1/6 7/6] and SᵀΛ(10, 3, 4) = (3 + 10/6, 4 + 10/6). The
    /// incoherence 3 is split 6 : 2, so the total moves down 2.25 to 7.75 and each half up
    /// 0.375. Tolerance 1e-12: a 2 × 2 solve.
    @Test("a two-period example with estimated variances, by hand")
    func byHandWithVariances() {
        let reconciliation = TemporalReconciliation(seasonalPeriod: 2, levels: [1, 2], variances: [1, 6])
        let bottom = reconciliation.bottom([[3, 4], [10]], cycles: 1)
        #expect(abs(bottom[0] - 3.375) < 1e-12 && abs(bottom[1] - 4.375) < 1e-12, "\(bottom)")
    }

    /// Base forecasts that disagree across levels (arbitrary values, two cycles), reconciled
    /// with structural scaling and with arbitrary level variances: the level-k sums of the
    /// reconciled bottom level (S b̃) are coherent forecasts, and P S = I means reconciling
    /// them again changes nothing. Tolerance 1e-9 relative to values of order 100: a 12 × 12
    /// Cholesky solve loses a few digits at most.
    @Test("reconciled forecasts are coherent and coherent forecasts are left unchanged",
          arguments: [12, 4, 6], [false, true])
    func coherent(m: Int, weighted: Bool) {
        let levels = TemporalAggregation.levels(seasonalPeriod: m)
        let reconciliation = TemporalReconciliation(seasonalPeriod: m, levels: levels,
                                                    variances: weighted ? levels.map { 0.5 + Double($0 * $0) } : nil)
        let cycles = 2
        let base = levels.map { k in
            (0..<(cycles * m / k)).map { j in Double(k) * (100 + Double((j * 7 + k * 3) % 11)) }
        }
        let bottom = reconciliation.bottom(base, cycles: cycles)
        #expect(bottom.count == cycles * m)
        let aggregates = reconciliation.aggregates(of: bottom)
        let again = reconciliation.bottom(aggregates, cycles: cycles)
        for (x, y) in zip(bottom, again) { #expect(abs(x - y) < 1e-9 * abs(x), "\(x) vs \(y)") }
        // Each level's reconciled sums differ from its base forecasts: reconciliation moved them.
        #expect(zip(aggregates[levels.count - 1], base[levels.count - 1]).contains { abs($0 - $1) > 1e-6 })
    }

    /// With only some levels (as when a short series drops the annual one), the projection
    /// still reproduces coherent input exactly.
    @Test("a subset of levels reconciles as well")
    func subset() {
        let reconciliation = TemporalReconciliation(seasonalPeriod: 12, levels: [1, 3, 6])
        let bottom: [Double] = (0..<12).map { 50 + 5 * Double($0 % 4) }
        let aggregates = reconciliation.aggregates(of: bottom)
        #expect(aggregates.map(\.count) == [12, 4, 2])
        let again = reconciliation.bottom(aggregates, cycles: 1)
        for (x, y) in zip(bottom, again) { #expect(abs(x - y) < 1e-9 * abs(x)) }
    }
}
