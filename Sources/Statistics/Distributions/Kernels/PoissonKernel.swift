import RealModule

/// Precomputed constants of the Poisson samplers for one mean (see `Poisson`).
@usableFromInline
struct PoissonKernel: Sendable, Equatable {
    /// Means at or above this use PTRS (Hörmann 1993 validates it for λ ≥ 10).
    @usableFromInline static let ptrsThreshold = 10.0

    /// PTRS constants, named as in Hörmann (1993), table 1.
    @usableFromInline struct PTRS: Sendable, Equatable {
        @usableFromInline let mean, b, a, inverseAlpha, vr: Double
        /// ln λ, or nil for a one-draw kernel: only the draws that reach the exact test (about
        /// 14%) need it, so a kernel used once computes it there instead.
        @usableFromInline let logMean: Double?

        @usableFromInline
        init(mean: Double, storingLogMean: Bool = true) {
            self.mean = mean
            logMean = storingLogMean ? Double.log(mean) : nil
            b = 0.931 + 2.53 * mean.squareRoot()
            a = -0.059 + 0.02483 * b
            inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
            vr = 0.9277 - 3.6224 / (b - 2)
        }
    }

    @usableFromInline let mean: Double
    /// e^{−λ}, for inversion.
    @usableFromInline let expMinusMean: Double
    /// PTRS constants, used when λ ≥ 10 (a stored struct and a test of λ rather than an enum
    /// or optional, whose payload would be copied on every draw).
    @usableFromInline let ptrs: PTRS

    @usableFromInline
    init(mean: Double) {
        self.mean = mean
        expMinusMean = Double.exp(-mean)
        ptrs = PTRS(mean: mean)
    }

    /// One draw for a mean used once (the negative binomial's mixture, `Poisson.sample(mean:)`),
    /// computing only the constants of the method that applies.
    @inlinable
    static func sample(mean: Double, using rng: inout RandomStream) -> Int {
        if mean >= ptrsThreshold { return ptrs(PTRS(mean: mean, storingLogMean: false), using: &rng) }
        return inversion(mean: mean, expMinusMean: Double.exp(-mean), using: &rng)
    }

    @inlinable
    func sample(using rng: inout RandomStream) -> Int {
        if mean >= Self.ptrsThreshold { return Self.ptrs(ptrs, using: &rng) }
        return Self.inversion(mean: mean, expMinusMean: expMinusMean, using: &rng)
    }

    /// Sequential search: walk the CDF from 0 with the recurrence p_k = p_{k−1}·λ/k.
    /// If rounding leaves U beyond the summed mass (p_k underflowed), draw again.
    @inlinable
    static func inversion(mean: Double, expMinusMean: Double, using rng: inout RandomStream) -> Int {
        while true {
            var u = rng.nextUnit()
            var k = 0
            var p = expMinusMean
            while u > p {
                u -= p
                k += 1
                p *= mean / Double(k)
                if p == 0 { break }
            }
            if p > 0 || u <= 0 { return k }
        }
    }

    /// PTRS: transformed rejection with squeeze, exact acceptance test against ln p_k.
    ///
    /// When the squeeze accepts (us ≥ 0.07), the candidate is finite and positive (λ ≥ 10),
    /// so ⌊·⌋ is the truncating conversion, with no call to `floor` on the fast path.
    @inlinable
    static func ptrs(_ c: PTRS, using rng: inout RandomStream) -> Int {
        while true {
            let u = rng.nextUnit() - 0.5
            let v = rng.nextOpenUnit()
            let us = 0.5 - abs(u)
            let candidate = (2 * c.a / us + c.b) * u + c.mean + 0.43
            if us >= 0.07 && v <= c.vr { return Int(candidate) }
            let k = candidate.rounded(.down)
            if k < 0 || (us < 0.013 && v > us) { continue }
            if exactlyAccepts(c, k: k, us: us, v: v) { return Int(k) }
        }
    }

    /// PTRS's final test, ln(v·α⁻¹/(a/us² + b)) ≤ −λ + k ln λ − ln k!.
    @usableFromInline @inline(never)
    static func exactlyAccepts(_ c: PTRS, k: Double, us: Double, v: Double) -> Bool {
        let logAcceptance = Double.log(v * c.inverseAlpha / (c.a / (us * us) + c.b))
        let logMean = c.logMean ?? Double.log(c.mean)
        return logAcceptance <= -c.mean + k * logMean - LogFactorial.of(Int(k))
    }
}
