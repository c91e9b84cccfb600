import Statistics
import Testing

@Suite struct DealSizeEstimateTests {
    static func sample(_ distribution: LogNormal, count: Int, label: String) -> [Double] {
        var rng = RandomStream(seed: 7, component: StreamKey(label))
        return (0..<count).map { _ in distribution.sample(using: &rng) }
    }

    /// A genuinely log-normal sample of 500 keeps the log-normal (the test's false-rejection
    /// rate is 5%; the seed is fixed, and the p-value is printed on failure).
    @Test func acceptsLogNormal() throws {
        let amounts = Self.sample(try LogNormal(mu: 9, sigma: 0.7), count: 500, label: "deal-size-lognormal")
        let estimate = try DealSizeEstimate(amounts: amounts)
        let test = try #require(estimate.goodnessOfFit)
        #expect(estimate.choice == .logNormal, "p = \(test.pValue)")
        #expect(estimate.reason.hasPrefix("log-normal fits: Anderson–Darling"))
    }

    /// Two kinds of deal, small (median e⁸ ≈ 3,000) and large (median e¹⁰ ≈ 22,000), each
    /// tightly spread: the log amounts are bimodal, nothing like a normal. With 200 amounts A*²
    /// is far beyond any critical value, so p < 1e−6 (a margin of 5e4 below the 5% level).
    @Test func rejectsTwoPointMixture() throws {
        let small = Self.sample(try LogNormal(mu: 8, sigma: 0.1), count: 100, label: "deal-size-small")
        let large = Self.sample(try LogNormal(mu: 10, sigma: 0.1), count: 100, label: "deal-size-large")
        let estimate = try DealSizeEstimate(amounts: small + large)
        let test = try #require(estimate.goodnessOfFit)
        #expect(test.pValue < 1e-6, "p = \(test.pValue)")
        #expect(estimate.choice == .empirical)
        #expect(estimate.reason.hasPrefix("log-normal fits badly"))
        #expect(estimate.empirical.values.count == 200)
    }

    @Test func tooFewToTest() throws {
        let estimate = try DealSizeEstimate(amounts: [1000, 2500, 1800, 4000, 1200])
        #expect(estimate.goodnessOfFit == nil && estimate.choice == .logNormal)
        #expect(estimate.reason == "only 5 amounts: too few to check the shape (need 8); log-normal assumed")
        #expect(throws: EstimationError.self) { try DealSizeEstimate(amounts: [1, 2, 3], significance: 0) }
    }
}
