import Foundation

/// The autoregressive and moving-average coefficients of a seasonal ARIMA model, in R's sign
/// convention: `φ(B) Φ(B^m) w_t = θ(B) Θ(B^m) e_t` with `φ(B) = 1 − φ₁B − … − φ_pB^p`,
/// `Φ(B^m) = 1 − Φ₁B^m − …`, `θ(B) = 1 + θ₁B + …`, `Θ(B^m) = 1 + Θ₁B^m + …`.
struct ARMACoefficients: Equatable, Sendable {
    var ar: [Double]
    var ma: [Double]
    var seasonalAR: [Double]
    var seasonalMA: [Double]

    /// Maps unconstrained optimiser coordinates to coefficients that are stationary (AR) and
    /// invertible (MA): each block of coordinates `u` gives partial autocorrelations
    /// `r = tanh(u)` in (−1, 1), and the Durbin–Levinson recursion turns them into the
    /// coefficients of a polynomial with every root outside the unit circle (Jones 1980;
    /// Monahan 1984; R's `arima` uses the same map for its AR parts). MA blocks are negated,
    /// since `1 + Σθ_j B^j` is invertible exactly when `1 − Σ(−θ_j)B^j` is stationary.
    /// Zero coordinates give zero coefficients. Layout: p, q, P, Q coordinates in that order.
    init(unconstrained x: UnsafeBufferPointer<Double>, order: ARIMAOrder) {
        var scratch = [Double](repeating: 0, count: max(order.p, order.q, order.seasonalP, order.seasonalQ))
        var offset = 0
        func block(_ count: Int, sign: Double) -> [Double] {
            var values = [Double](repeating: 0, count: count)
            Self.fill(&values, from: x, offset: offset, sign: sign, scratch: &scratch)
            offset += count
            return values
        }
        ar = block(order.p, sign: 1)
        ma = block(order.q, sign: -1)
        seasonalAR = block(order.seasonalP, sign: 1)
        seasonalMA = block(order.seasonalQ, sign: -1)
    }

    /// Writes `sign ·` the coefficients with partial autocorrelations `tanh(x[offset + i])`
    /// into `block` (all its elements), without allocating: Durbin–Levinson, where step k sets
    /// φ_k = r_k and φ_i ← φ_i − r_k φ_{k−i} for i < k.
    static func fill(_ block: inout [Double], from x: UnsafeBufferPointer<Double>, offset: Int, sign: Double, scratch: inout [Double]) {
        for k in 0..<block.count {
            let r = tanh(x[offset + k])
            for i in 0..<k { scratch[i] = block[i] }
            for i in 0..<k { block[i] = scratch[i] - r * scratch[k - 1 - i] }
            block[k] = r
        }
        for i in 0..<block.count { block[i] *= sign }
    }

    init(ar: [Double], ma: [Double], seasonalAR: [Double], seasonalMA: [Double]) {
        self.ar = ar
        self.ma = ma
        self.seasonalAR = seasonalAR
        self.seasonalMA = seasonalMA
    }

    /// Full AR polynomial `φ(B)Φ(B^m)` as coefficients of B⁰, B¹, … (leading 1).
    func autoregressivePolynomial(period m: Int) -> [Double] {
        Self.seasonalProduct([1] + ar.map { -$0 }, [1] + seasonalAR.map { -$0 }, period: m)
    }

    /// Full MA polynomial `θ(B)Θ(B^m)` as coefficients of B⁰, B¹, … (leading 1).
    func movingAveragePolynomial(period m: Int) -> [Double] {
        Self.seasonalProduct([1] + ma, [1] + seasonalMA, period: m)
    }

    /// `a(B) · s(B^m)` for polynomials given by coefficients of B⁰, B¹, ….
    static func seasonalProduct(_ a: [Double], _ s: [Double], period m: Int) -> [Double] {
        var product = [Double](repeating: 0, count: (a.count - 1) + m * (s.count - 1) + 1)
        for (k, sk) in s.enumerated() where sk != 0 {
            for (i, ai) in a.enumerated() { product[i + m * k] += ai * sk }
        }
        return product
    }

    /// The product of two polynomials (coefficients of B⁰, B¹, …).
    static func product(_ a: [Double], _ b: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: a.count + b.count - 1)
        for (i, ai) in a.enumerated() {
            for (j, bj) in b.enumerated() { result[i + j] += ai * bj }
        }
        return result
    }

    /// The differencing polynomial `(1 − B)^d (1 − B^m)^D`.
    static func differencing(d: Int, seasonalD: Int, period m: Int) -> [Double] {
        var result = [1.0]
        for _ in 0..<d { result = product(result, [1, -1]) }
        for _ in 0..<seasonalD { result = seasonalProduct(result, [1, -1], period: m) }
        return result
    }
}
