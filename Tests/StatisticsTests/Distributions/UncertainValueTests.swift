import Statistics
import Testing

@Suite struct UncertainValueTests {
    static func all() throws -> [UncertainValue] {
        [
            .fixed(42),
            .normal(try Normal(mean: 10, sd: 2)),
            .logNormal(try LogNormal(median: 100, p90: 200)),
            .beta(try Beta(alpha: 2, beta: 5)),
            .gamma(try Gamma(shape: 3, scale: 2)),
            .triangular(try Triangular(min: 1, mode: 2, max: 6)),
            .pert(try PERT(min: 1, mode: 2, max: 6)),
            .uniform(try Uniform(min: -1, max: 1)),
            .discrete(try DiscreteDistribution(values: [1, 2, 3], probabilities: [0.2, 0.5, 0.3])),
            .empirical(try Empirical(values: [4, 8, 15, 16, 23, 42])),
        ]
    }

    @Test func fixedConsumesNoRandomness() {
        var rng = RandomStream(seed: 1)
        var untouched = RandomStream(seed: 1)
        #expect(UncertainValue.fixed(3.5).sample(using: &rng) == 3.5)
        #expect(rng.next() == untouched.next())
        #expect(UncertainValue.fixed(3.5).isFixed)
        #expect(UncertainValue.fixed(3.5).mean == 3.5 && UncertainValue.fixed(3.5).variance == 0)
        #expect(UncertainValue.fixed(3.5).quantile(0.9) == 3.5)
    }

    /// Each case forwards to its distribution: same draws from the same stream, same moments.
    /// Sample means of 2e4 draws lie within 5 standard errors of `mean`.
    @Test func casesForwardToTheirDistributions() throws {
        for value in try Self.all() {
            var a = RandomStream(seed: 77), b = RandomStream(seed: 77)
            let draws = (0..<20_000).map { _ in value.sample(using: &a) }
            #expect(draws == (0..<20_000).map { _ in value.sample(using: &b) }, "\(value)")
            let tolerance = 5 * (value.variance / Double(draws.count)).squareRoot()
            #expect(abs(Descriptive.mean(draws) - value.mean) <= tolerance, "\(value)")
            #expect(value.isFixed == (value == .fixed(42)))
        }
    }

    /// Quantiles are monotone in p and consistent with the sampler: the fraction of draws at
    /// or below Q(0.9) is within 5 binomial standard errors of 0.9 (discrete: at least 0.9).
    /// Empirical quantiles are the type-7 sample quantiles of the data, which interpolate
    /// between observations, so they are checked against `Quantiles.type7` instead.
    @Test func quantilesAreConsistentWithDraws() throws {
        for value in try Self.all() where !value.isFixed {
            let q10 = value.quantile(0.1), q50 = value.quantile(0.5), q90 = value.quantile(0.9)
            #expect(q10 <= q50 && q50 <= q90, "\(value)")
            var rng = RandomStream(seed: 3)
            let n = 20_000
            let below = (0..<n).count(where: { _ in value.sample(using: &rng) <= q90 })
            let tolerance = 5 * (0.9 * 0.1 / Double(n)).squareRoot()
            switch value {
            case .discrete: #expect(Double(below) / Double(n) >= 0.9 - tolerance, "\(value)")
            case .empirical(let empirical): #expect(q90 == Quantiles.type7(empirical.values, at: [0.9])[0])
            default: #expect(abs(Double(below) / Double(n) - 0.9) <= tolerance, "\(value)")
            }
        }
    }
}
