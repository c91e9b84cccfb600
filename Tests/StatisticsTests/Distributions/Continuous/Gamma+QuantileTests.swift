import Statistics
import Testing

/// Reference values: scipy 1.17.1 `scipy.stats.gamma.ppf(p, shape)` (Boost's incomplete gamma
/// inverse, about 1e−15 relative), printed with `repr` in Python 3.11.
@Suite struct GammaQuantileTests {
    static let references: [(shape: Double, p: Double, x: Double)] = [
        (0.01, 0.01, 5.660738147061307e-201),
        (0.01, 0.1, 5.660738147062073e-101),
        (0.01, 0.5, 4.465535018910562e-31),
        (0.01, 0.9, 1.5035936230702928e-05),
        (0.01, 0.99, 0.2650525502515818),
        (0.01, 0.999999, 7.151253478084882),
        (0.3, 1e-06, 6.97269909640939e-21),
        (0.3, 0.01, 1.5022226552360407e-07),
        (0.3, 0.1, 0.0003237246218234327),
        (0.3, 0.5, 0.07313113586695198),
        (0.3, 0.9, 0.8848107733602443),
        (0.3, 0.99, 2.6394091570705323),
        (0.3, 0.999999, 10.984835632108625),
        (1, 1e-06, 1.0000005000003338e-06),
        (1, 0.01, 0.010050335853501437),
        (1, 0.1, 0.10536051565782636),
        (1, 0.5, 0.6931471805599455),
        (1, 0.9, 2.302585092994046),
        (1, 0.99, 4.60517018598809),
        (1, 0.999999, 13.815510557935518),
        (2.5, 1e-06, 0.0064480801032485435),
        (2.5, 0.01, 0.2771490383641386),
        (2.5, 0.1, 0.8051539934811613),
        (2.5, 0.5, 2.175730095547763),
        (2.5, 0.9, 4.618178449890562),
        (2.5, 0.99, 7.543136234694495),
        (2.5, 0.999999, 17.94409343980521),
        (30, 1e-06, 10.71085865075884),
        (30, 0.01, 18.742425764901892),
        (30, 0.1, 23.22944415010172),
        (30, 0.5, 29.66733313822123),
        (30, 0.9, 37.1985028596843),
        (30, 0.99, 44.189709450724685),
        (30, 0.999999, 63.54818012481632),
        (1000, 1e-06, 856.8146512793919),
        (1000, 0.01, 927.9081597966425),
        (1000, 0.1, 959.6939327288333),
        (1000, 0.5, 999.6666864269652),
        (1000, 0.9, 1040.73430801369),
        (1000, 0.99, 1075.032832086435),
        (1000, 0.999999, 1157.577911008724)
    ]

    /// The Halley search stops at 1e−14 relative change; 1e−10 relative allows for the
    /// conditioning of P(a, x) in the far tails (dx/x = dp/(p·x·f(x)/p), large for tiny shapes).
    @Test(arguments: references)
    func quantileMatchesSciPy(shape: Double, p: Double, x: Double) throws {
        let gamma = try Gamma(shape: shape, scale: 2)
        let computed = gamma.quantile(p)
        #expect(abs(computed - 2 * x) <= 1e-10 * 2 * x, "Q(\(p)) = \(computed), scipy \(2 * x)")
    }

    @Test func edges() throws {
        let gamma = try Gamma(shape: 2, scale: 1)
        #expect(gamma.quantile(0) == 0)
        #expect(gamma.quantile(1) == .infinity)
        #expect(gamma.quantile(1.5).isNaN)
        #expect(gamma.cdf(-1) == 0)
    }
}
