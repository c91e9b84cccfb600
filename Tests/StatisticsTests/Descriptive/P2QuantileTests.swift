import Foundation
import Statistics
import Testing

@Suite struct P2QuantileTests {
    enum Shape: String, CaseIterable, Sendable { case normal, exponential, uniform }

    static func stream(_ shape: Shape) -> [Double] {
        var rng = RandomStream(seed: 12, component: StreamKey(shape.rawValue))
        return (0..<100_000).map { _ in
            switch shape {
            case .normal: return Normal.standardSample(using: &rng)
            case .exponential: return -log(rng.nextOpenUnit())
            case .uniform: return rng.nextUnit()
            }
        }
    }

    /// The P² estimate must lie within 0.1 standard deviations of the exact sample quantile
    /// (the documented accuracy claim; Jain & Chlamtac 1985 report errors of this order or
    /// smaller for smooth distributions and large streams).
    @Test(arguments: Shape.allCases, [0.05, 0.5, 0.9, 0.99])
    func estimateIsCloseToExactQuantile(shape: Shape, probability: Double) throws {
        let values = Self.stream(shape)
        var estimator = P2Quantile(probability: probability)
        for value in values { estimator.add(value) }
        let exact = Quantiles.type7(values, at: [probability])[0]
        let estimate = try #require(estimator.estimate)
        #expect(abs(estimate - exact) <= 0.1 * Descriptive.standardDeviation(values), "\(estimate) vs \(exact)")
    }

    @Test func smallStreamsAreExact() {
        var estimator = P2Quantile(probability: 0.5)
        #expect(estimator.estimate == nil)
        for value in [5.0, 1, .nan, 3] { estimator.add(value) }
        #expect(estimator.count == 3)
        #expect(estimator.estimate == 3)
    }
}
