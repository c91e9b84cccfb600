extension Beta {
    /// The inverse CDF, I⁻¹_p(α, β), for p in [0, 1] (see `IncompleteBeta.inverse`:
    /// about 1e−13 relative accuracy).
    public func quantile(_ p: Double) -> Double { IncompleteBeta.inverse(p, a: alpha, b: beta) }

    /// P(X ≤ x) = I_x(α, β); clamped to 0 and 1 outside [0, 1].
    public func cdf(_ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        return IncompleteBeta.regularized(x, a: alpha, b: beta)
    }
}
