import Statistics
import Testing

/// Reference values: scipy 1.17.1 `scipy.special.betainc(a, b, x)` and `betaincc(a, b, x)`.
@Suite struct IncompleteBetaTests {
    static let references: [(a: Double, b: Double, x: Double, value: Double, complement: Double)] = [
        (0.3, 0.3, 0.01, 0.13955192782972625, 0.8604480721702737),
        (2.0, 5.0, 0.3, 0.5798250000000003, 0.420175),
        (30.0, 70.0, 0.25, 0.1358149042834277, 0.8641850957165725),
        (1000.0, 3.0, 0.999, 0.9194224096397954, 0.08057759036020457),
        (0.05, 10.0, 1e-20, 0.11497815068408296, 0.8850218493159171),
        (5.0, 5.0, 0.5, 0.5, 0.5),
        (2.0, 3.0, 0.999, 0.999999996003, 3.997000000000011e-09)
    ]

    /// The continued fraction converges to 1e−15; 1e−12 relative allows for the rounding of
    /// the prefactor (lgamma of arguments up to 1000 loses about 1e−13).
    @Test(arguments: references)
    func matchesSciPy(a: Double, b: Double, x: Double, value: Double, complement: Double) {
        #expect(abs(IncompleteBeta.regularized(x, a: a, b: b) - value) <= 1e-12 * value)
        #expect(abs(IncompleteBeta.complement(x, a: a, b: b) - complement) <= 1e-12 * complement)
    }

    @Test func invalidArgumentsGiveNaN() {
        #expect(IncompleteBeta.regularized(0.5, a: 0, b: 1).isNaN)
        #expect(IncompleteBeta.regularized(1.5, a: 1, b: 1).isNaN)
        #expect(IncompleteBeta.inverse(-0.5, a: 1, b: 1).isNaN)
    }
}
