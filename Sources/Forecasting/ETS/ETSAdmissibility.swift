/// The admissible (forecastable) region of seasonal ETS models: the characteristic
/// polynomial of the discount matrix D = F − g w′ must have all roots in the unit disc
/// (Hyndman, Akram & Archibald 2008, "The admissible parameter space for exponential
/// smoothing models", Ann. Inst. Stat. Math. 60; the test `forecast::ets` applies).
///
/// Non-seasonal models inside the usual bounds (0 < β < α < 1, 0.8 ≤ φ ≤ 0.98) are always
/// admissible, so only seasonal models need the check.
enum ETSAdmissibility {
    /// Roots may lie up to this far outside the unit circle (relative). A root exactly on the
    /// circle is structural for undamped seasonal models without trend (z = 1), so the test
    /// must tolerate it; 1e-6 keeps the Schur–Cohn recursion numerically decisive.
    static let rootTolerance = 1e-6

    /// Whether (α, β, γ, φ) is admissible for a seasonal model with period `m ≥ 2`, testing
    /// P(z) = φ(1−α−γ) + (α+β−αφ+γ−1)z + (α+β−αφ)(z² + … + z^{m−1}) + (α+β−φ)z^m + z^{m+1}.
    /// `coefficients` is scratch space of at least 2(m + 2) elements.
    /// - Complexity: O(m²), no allocation.
    static func isAdmissible(_ p: ETSSmoothing, m: Int, coefficients c: UnsafeMutableBufferPointer<Double>) -> Bool {
        let (alpha, beta, gamma, phi) = (p.alpha, p.beta, p.gamma, p.phi)
        let degree = m + 1
        c[0] = phi * (1 - alpha - gamma)
        c[1] = alpha + beta - alpha * phi + gamma - 1
        for i in 2..<m { c[i] = alpha + beta - alpha * phi }
        c[m] = alpha + beta - phi
        c[degree] = 1
        // Q(z) = P(ρz): the roots of P lie in |z| ≤ ρ iff those of Q lie in the unit disc.
        var power = 1.0
        let radius = 1 + rootTolerance
        for i in 0...degree {
            c[i] *= power
            power *= radius
        }
        return schurCohnStable(c, degree: degree)
    }

    /// Schur–Cohn–Jury test: all roots of Σ c_i z^i (degree `degree`) strictly inside the unit
    /// circle iff |c_0| < |c_k| and the reduced polynomial (c_k·p(z) − c_0·p*(z))/z, of degree
    /// k − 1, passes too (Henrici, *Applied and Computational Complex Analysis* I, §6.8).
    /// `c` holds the coefficients in its first `degree + 1` elements and is scratch space of
    /// 2(degree + 1) elements.
    static func schurCohnStable(_ c: UnsafeMutableBufferPointer<Double>, degree: Int) -> Bool {
        var current = 0, next = degree + 1
        var k = degree
        while k >= 1 {
            let low = c[current], high = c[current + k]
            guard abs(low) < abs(high) else { return false }
            // d_i = c_k c_{i+1} − c_0 c_{k−1−i}; its leading term c_k² − c_0² is positive, and
            // dividing by it keeps the coefficients O(1).
            let inverseLead = 1 / (high * high - low * low)
            for i in 0..<k {
                c[next + i] = (high * c[current + i + 1] - low * c[current + k - 1 - i]) * inverseLead
            }
            swap(&current, &next)
            k -= 1
        }
        return true
    }
}
