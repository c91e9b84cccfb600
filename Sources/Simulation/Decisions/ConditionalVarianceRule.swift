import Statistics

/// A five-point rule for the variance of a conditional mean, Var(E[Y | X]), from runs with
/// the input X held at five of its quantiles.
///
/// Writing X = F⁻¹(Φ(Z)) with Z standard normal, g(z) = E[Y | X = F⁻¹(Φ(z))] and
/// Var(E[Y | X]) = E[g(Z)²] − E[g(Z)]². Both expectations are taken with a symmetric
/// quadrature rule in z whose inner nodes are ±z₀.₉ — the P10 and P90 the tornado already
/// runs — plus 0 and ±b. Matching E[Z²] = 1, E[Z⁴] = 3 and E[Z⁶] = 15 with u = z₀.₉², v = b²
/// gives v = (15 − 3u)/(3 − u) (b ≈ 2.724, the P0.32 and P99.68 quantiles) and weights
/// A = (v − 3)/(u(v − u)) on ±z₀.₉ together, B = (u − 3)/(v(u − v)) on ±b together and
/// 1 − A − B on 0. The rule integrates polynomials of degree ≤ 7 exactly, so the variance is
/// exact when g is a polynomial of degree ≤ 3 in the normal score of X (e.g. revenue linear
/// in a log-normal multiplier's log, or in a beta rate that is close to normal); it costs three
/// runs beyond the tornado's two. This is the first-order (main-effect) Sobol index's
/// numerator (Saltelli et al. 2008, *Global Sensitivity Analysis: The Primer*, §4.1; Sobol'
/// 1993), computed by quadrature over the input instead of by pick-freeze sampling, which
/// would need every input's per-trial draw.
struct ConditionalVarianceRule: Sendable {
    /// Normal scores of the nodes, ascending.
    let nodes: [Double]
    /// Weights of the nodes (sum 1).
    let weights: [Double]

    static let fivePoint: ConditionalVarianceRule = {
        let inner = Normal.standardQuantile(Sensitivity.highQuantile)
        let u = inner * inner
        let v = (15 - 3 * u) / (3 - u)
        let outer = v.squareRoot()
        let a = (v - 3) / (u * (v - u))
        let b = (u - 3) / (v * (u - v))
        return ConditionalVarianceRule(nodes: [-outer, -inner, 0, inner, outer], weights: [b / 2, a / 2, 1 - a - b, a / 2, b / 2])
    }()

    /// The input's quantile probabilities Φ(node).
    var probabilities: [Double] { nodes.map(Normal.standardCDF) }

    /// Var(E[Y | X]) and its Monte Carlo standard error from per-trial outcomes `runs[k][j]`
    /// (node k, trial j) simulated on common random numbers.
    ///
    /// With m_k the mean of run k, V̂ = Σ w_k m_k² − (Σ w_k m_k)². Its noise bias
    /// E[V̂] − V = (Σ w_k s_k² − s²(Σ_k w_k Y_kj))/n is subtracted, and the standard error is
    /// that of the linearisation L_j = Σ_k 2 w_k (m_k − m̄) Y_kj (delta method), whose
    /// per-trial pairing makes it small. The estimate is clamped at 0. Runs that are equal
    /// trial by trial (the input changes nothing) give exactly 0 ± 0.
    /// - Precondition: one run per node, all of the same positive length.
    /// - Complexity: O(nodes × trials).
    func conditionalVariance(_ runs: [[Double]]) -> Estimate {
        precondition(runs.count == nodes.count && runs.allSatisfy { $0.count == runs[0].count && !$0.isEmpty }, "one run per node")
        if runs.dropFirst().allSatisfy({ $0 == runs[0] }) { return Estimate(value: 0, standardError: 0) }
        let n = runs[0].count
        let means = runs.map { RunningMoments($0).mean }
        let center = zip(weights, means).reduce(0) { $0 + $1.0 * $1.1 }
        let raw = zip(weights, means).reduce(0) { $0 + $1.0 * ($1.1 - center) * ($1.1 - center) }
        let slopes = zip(weights, means).map { 2 * $0 * ($1 - center) }
        var linear = RunningMoments()
        var mixed = RunningMoments()
        for j in 0..<n {
            var l = 0.0
            var z = 0.0
            for k in runs.indices {
                l += slopes[k] * runs[k][j]
                z += weights[k] * runs[k][j]
            }
            linear.add(l)
            mixed.add(z)
        }
        let within = zip(weights, runs).reduce(0) { $0 + $1.0 * Self.variance(RunningMoments($1.1)) }
        let bias = (within - Self.variance(mixed)) / Double(n)
        return Estimate(value: Swift.max(0, raw - bias), standardError: (Self.variance(linear) / Double(n)).squareRoot())
    }

    private static func variance(_ moments: RunningMoments) -> Double { moments.count > 1 ? moments.variance : 0 }
}
