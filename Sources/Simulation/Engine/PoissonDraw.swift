import Foundation
import Statistics

/// One Poisson draw for a mean that changes with every draw (a channel's expected deals
/// depend on the trial's drawn rates and multipliers).
///
/// `Statistics.Poisson` is built for many draws at one mean: its initialiser tabulates the
/// CDF, which here would cost far more than the single draw it serves (the profile showed
/// table construction as the largest cost of a trial). This computes only what one draw
/// needs, with the same exact methods:
/// - λ < 10: inversion by sequential search from 0 (Devroye 1986, *Non-Uniform Random
///   Variate Generation*, §X.3.3), expected λ + 1 steps, one uniform;
/// - λ ≥ 10: Hörmann's PTRS, transformed rejection with squeeze ("The transformed rejection
///   method for generating Poisson random variables", Insurance: Mathematics and Economics
///   12, 1993), acceptance above 0.86, constants from table 1 of the paper.
/// Tested against the Poisson pmf (chi-square) and moments in `PoissonDrawTests`.
enum PoissonDraw {
    /// Means from which PTRS is used (Hörmann validates it for λ ≥ 10).
    static let ptrsThreshold = 10.0

    /// - Precondition: `mean` ≥ 0 and finite (callers sanitise).
    @inline(__always)
    static func sample(mean: Double, using rng: inout RandomStream) -> Int {
        mean < ptrsThreshold ? inversion(mean: mean, using: &rng) : ptrs(mean: mean, using: &rng)
    }

    /// Walk the CDF from 0 with p_k = p_{k−1}·λ/k; if rounding leaves U beyond the summed
    /// mass (p_k underflowed), draw again.
    static func inversion(mean: Double, using rng: inout RandomStream) -> Int {
        let start = exp(-mean)
        while true {
            var u = rng.nextUnit()
            var k = 0
            var p = start
            while u > p {
                u -= p
                k += 1
                p *= mean / Double(k)
                if p == 0 { break }
            }
            if p > 0 || u <= 0 { return k }
        }
    }

    /// PTRS with Hörmann's constants b, a, α, v_r; the final test is exact against
    /// ln p_k = −λ + k ln λ − ln k!.
    ///
    /// The squeeze accepts about 86% of draws without logarithms: ln λ is computed only when
    /// the exact test is reached, and ⌊·⌋ of the (then finite, non-negative) candidate is a
    /// truncating conversion rather than a call to `floor`.
    static func ptrs(mean: Double, using rng: inout RandomStream) -> Int {
        let b = 0.931 + 2.53 * mean.squareRoot()
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = rng.nextUnit() - 0.5
            let v = rng.nextOpenUnit()
            let us = 0.5 - abs(u)
            let candidate = (2 * a / us + b) * u + mean + 0.43
            // With us ≥ 0.07 the candidate is finite and, as λ ≥ 10, positive.
            if us >= 0.07 && v <= vr { return Int(candidate) }
            let k = candidate.rounded(.down)
            if k < 0 || (us < 0.013 && v > us) { continue }
            if exactlyAccepts(k, mean: mean, us: us, v: v, a: a, b: b, inverseAlpha: inverseAlpha) { return Int(k) }
        }
    }

    /// PTRS's final test, ln(v·α⁻¹/(a/us² + b)) ≤ −λ + k ln λ − ln k!.
    @inline(never)
    static func exactlyAccepts(_ k: Double, mean: Double, us: Double, v: Double, a: Double, b: Double, inverseAlpha: Double) -> Bool {
        let logAcceptance = log(v * inverseAlpha / (a / (us * us) + b))
        return logAcceptance <= -mean + k * log(mean) - lgamma(k + 1)
    }
}
