/// Quantiles of Student's t distribution with ν degrees of freedom: the intervals of a
/// normal linear model whose σ is estimated on ν residual degrees of freedom.
public enum StudentT {
    /// The central quantile t_{ν, (1 + level)/2}: P(|T| ≤ t) = level.
    ///
    /// From the regularised incomplete beta function, P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2)
    /// (Abramowitz & Stegun 26.7.1), inverted by `IncompleteBeta.inverse`; its accuracy
    /// (about 1e−10 relative) carries over.
    /// - Precondition: 0 < level < 1 and ν > 0.
    public static func centralQuantile(level: Double, degrees: Double) -> Double {
        precondition(level > 0 && level < 1 && degrees > 0, "invalid Student t quantile arguments")
        let x = IncompleteBeta.inverse(1 - level, a: degrees / 2, b: 0.5)
        return (degrees * (1 - x) / x).squareRoot()
    }
}
