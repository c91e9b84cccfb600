@testable import Statistics
import Testing

@Suite struct QuantilesTests {
    /// numpy 2.4.6: `np.quantile(x, p)` (default method "linear" = type 7) for
    /// x = [3.2, -1.5, 7.7, 0.4, 2.2, 9.9, 5.1].
    @Test func type7MatchesNumPy() {
        let values = [3.2, -1.5, 7.7, 0.4, 2.2, 9.9, 5.1]
        let probabilities = [0.0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0]
        let expected = [-1.5, -0.9299999999999999, -0.35999999999999976, 1.3, 3.2, 6.4, 8.580000000000002, 9.767999999999999, 9.9]
        for (computed, reference) in zip(Quantiles.type7(values, at: probabilities), expected) {
            #expect(abs(computed - reference) <= 1e-12, "\(computed) vs \(reference)")
        }
    }

    /// Selection must place exactly the order statistics a sort would: compared for equality
    /// (no tolerance) on inputs that stress partitioning — random, many ties, already sorted,
    /// reversed, constant, and a length where p·(n − 1) hits ranks exactly.
    /// Depth limit 0 sends every search straight to the sorting fallback; the default limit
    /// exercises quickselect itself.
    @Test("selection equals a full sort", arguments: ["random", "ties", "sorted", "reversed", "constant", "short"], [0, Quantiles.selectionDepthLimit])
    func selectionEqualsSort(shape: String, depthLimit: Int) {
        var rng = RandomStream(seed: 11)
        let random = (0..<2_001).map { _ in rng.nextUnit() * 100 - 50 }
        let values: [Double] = switch shape {
        case "random": random
        case "ties": random.map { ($0 / 10).rounded() }
        case "sorted": random.sorted()
        case "reversed": random.sorted(by: >)
        case "constant": [Double](repeating: 7, count: 500)
        default: [2, 1]
        }
        let probabilities = [0.975, 0.025, 0.9, 0.1, 0.5, 0, 1, 0.5]
        let sorted = values.sorted()
        #expect(Quantiles.type7(values, at: probabilities, depthLimit: depthLimit) == probabilities.map { Quantiles.type7(sorted: sorted, $0) })
    }

    @Test func singleValueAndEmpty() {
        #expect(Quantiles.type7(sorted: [4], 0.3) == 4)
        #expect(Quantiles.type7([], at: [0.5]).isEmpty)
    }
}
