import Statistics
import Testing

/// Reference values: scipy 1.17.1 `scipy.stats.norm.ppf(p)` (Cephes `ndtri`, about 1e−15
/// relative accuracy), printed with `repr` in Python 3.11.
@Suite struct NormalQuantileTests {
    static let references: [(p: Double, z: Double)] = [
        (1e-300, -37.0470962993612),
        (1e-10, -6.361340902404056),
        (0.001, -3.090232306167813),
        (0.025, -1.9599639845400545),
        (0.1, -1.2815515655446004),
        (0.5, 0.0),
        (0.9, 1.2815515655446004),
        (0.975, 1.959963984540054),
        (0.999, 3.090232306167813),
        (0.9999999999, 6.361340889697422)
    ]

    /// AS 241 is accurate to about 1e−16 relative; 1e−14 allows for the reference's own error.
    @Test(arguments: references)
    func standardQuantileMatchesSciPy(p: Double, z: Double) {
        let computed = Normal.standardQuantile(p)
        #expect(abs(computed - z) <= 1e-14 * max(1, abs(z)), "Φ⁻¹(\(p)) = \(computed), scipy \(z)")
    }

    @Test(arguments: [0.001, 0.1, 0.37, 0.5, 0.8, 0.999])
    func cdfInvertsQuantile(p: Double) throws {
        let normal = try Normal(mean: 3, sd: 2)
        // Φ is evaluated through erfc, accurate to a few ULPs: 1e−15 relative.
        #expect(abs(normal.cdf(normal.quantile(p)) - p) <= 1e-15 * max(p, 0.1))
    }

    @Test func edgesAreInfiniteOrNaN() {
        #expect(Normal.standardQuantile(0) == -.infinity)
        #expect(Normal.standardQuantile(1) == .infinity)
        #expect(Normal.standardQuantile(-0.1).isNaN)
        #expect(Normal.standardQuantile(.nan).isNaN)
    }
}
