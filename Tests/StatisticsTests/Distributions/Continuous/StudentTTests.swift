import Statistics
import Testing

@Suite struct StudentTTests {
    /// Reference: R 4.2 `qt(p, df)` printed to 15 digits. Tolerance 1e-9 relative:
    /// `IncompleteBeta.inverse` is accurate to about 1e-10 relative.
    @Test(arguments: [
        (0.95, 1.0, 12.70620473617469), (0.95, 10, 2.22813885198627), (0.95, 163, 1.97462462096636),
        (0.95, 1e6, 1.95996635681411), (0.8, 5, 1.47588404882448), (0.99, 2, 9.92484320091829),
    ])
    func matchesR(level: Double, degrees: Double, expected: Double) {
        let quantile = StudentT.centralQuantile(level: level, degrees: degrees)
        #expect(abs(quantile / expected - 1) < 1e-9, "\(quantile)")
    }
}
