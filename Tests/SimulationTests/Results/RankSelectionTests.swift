@testable import Simulation
import Foundation
import Statistics
import Testing

@Suite("Order statistics by radix refinement")
struct RankSelectionTests {
    /// Every requested rank against a full sort, on samples that exercise each path: a
    /// spread-out sample (small buckets, collected), heavy ties and a point mass at zero
    /// (crowded buckets, refined), both signs, and outliers that stretch the key range.
    @Test("ranks equal those of a sort", arguments: ["spread", "ties", "zeros and outliers", "signs"])
    func matchesSort(kind: String) {
        var rng = RandomStream(seed: 11)
        let n = 30_000
        let values: [Double] = (0..<n).map { i in
            let u = rng.nextUnit()
            switch kind {
            case "spread": return Foundation.exp(3 * Normal.standardSample(using: &rng)) * 1e6
            case "ties": return (u * 7).rounded()
            case "zeros and outliers": return i % 1000 == 0 ? 1e300 * u : (u < 0.6 ? 0 : u * 5e6)
            default: return (u - 0.5) * 1e4
            }
        }
        let sorted = values.sorted()
        let ranks = [0, 1, 17, n / 4, n / 2, n / 2 + 1, n - 18, n - 2, n - 1]
        let selected = values.withUnsafeBufferPointer { RankSelection(values: $0).values(atRanks: ranks) }
        for (rank, value) in zip(ranks, selected) { #expect(value == sorted[rank], "rank \(rank)") }
    }

    @Test("a constant sample and a single value")
    func degenerate() {
        let constant = [Double](repeating: 42, count: 10_000)
        #expect(constant.withUnsafeBufferPointer { RankSelection(values: $0).values(atRanks: [0, 5_000, 9_999]) } == [42, 42, 42])
        #expect([-3.5].withUnsafeBufferPointer { RankSelection(values: $0).values(atRanks: [0]) } == [-3.5])
    }
}
