import Testing
@testable import Forecasting

/// The Schur–Cohn stability test and the seasonal admissibility region.
struct ETSAdmissibilityTests {
    static func stable(_ coefficients: [Double]) -> Bool {
        var c = coefficients + [Double](repeating: 0, count: coefficients.count)
        return c.withUnsafeMutableBufferPointer { ETSAdmissibility.schurCohnStable($0, degree: coefficients.count - 1) }
    }

    /// Polynomials with known roots (coefficients lowest power first).
    @Test("Schur–Cohn agrees with known roots")
    func knownRoots() {
        #expect(Self.stable([-0.25, 0, 1]))  // z² − 0.25: roots ±0.5
        #expect(!Self.stable([-4, 0, 1]))  // z² − 4: roots ±2
        #expect(Self.stable([0.06, -0.5, 1]))  // (z − 0.2)(z − 0.3)
        #expect(!Self.stable([-1.1, 1]))  // z − 1.1
        #expect(!Self.stable([0.5, -1.5, 1]))  // (z − 0.5)(z − 1): a root on the circle
        #expect(Self.stable([-0.999, 1]))  // z − 0.999
    }

    static func admissible(_ alpha: Double, _ beta: Double, _ gamma: Double, _ phi: Double, m: Int) -> Bool {
        var scratch = [Double](repeating: 0, count: 2 * (m + 2))
        let p = ETSSmoothing(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
        return scratch.withUnsafeMutableBufferPointer { ETSAdmissibility.isAdmissible(p, m: m, coefficients: $0) }
    }

    @Test("typical seasonal parameters are admissible, explosive ones are not")
    func region() {
        // ETS(A,N,A) has a structural root at z = 1, which the tolerance admits.
        #expect(Self.admissible(0.2, 0, 0.1, 1, m: 12))
        #expect(Self.admissible(0.3, 0.05, 0.2, 0.95, m: 4))
        // γ far above 1 − α + 1/φ (Hyndman et al. 2008, ch. 10) is not.
        #expect(!Self.admissible(0.5, 0, 1.8, 1, m: 12))
        #expect(!Self.admissible(1.9, 0.5, 0.5, 0.9, m: 4))
    }
}
