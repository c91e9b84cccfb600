extension Gamma {
    /// The inverse CDF, θ·P⁻¹(k, p), for p in [0, 1] (see `IncompleteGamma.inverseP`:
    /// about 1e−13 relative accuracy).
    public func quantile(_ p: Double) -> Double { scale * IncompleteGamma.inverseP(shape, p) }

    /// P(X ≤ x) = P(k, x/θ), the regularised lower incomplete gamma; 0 for x ≤ 0.
    public func cdf(_ x: Double) -> Double { x > 0 ? IncompleteGamma.p(shape, x / scale) : 0 }
}
