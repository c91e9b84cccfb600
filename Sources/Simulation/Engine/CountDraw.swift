import Statistics

/// Count draws with parameters computed inside a trial, where a throwing initialiser
/// would be a programmer error: inputs are sanitised to the samplers' domains first.
enum CountDraw {
    /// One Poisson(mean) draw; a mean that is not positive (or NaN) gives 0, and means are
    /// capped at `Poisson.maximumMean` (far beyond any plan: 10^15 leads in a month).
    @inline(__always)
    static func poisson(mean: Double, using rng: inout RandomStream) -> Int {
        guard mean > 0 else { return 0 }
        return Poisson.sample(mean: Swift.min(mean, Poisson.maximumMean), using: &rng)
    }

    /// One Binomial(trials, probability) draw with the probability clamped to [0, 1].
    static func binomial(trials: Int, probability: Double, using rng: inout RandomStream) -> Int {
        guard trials > 0, probability > 0 else { return 0 }
        if probability >= 1 { return trials }
        do {
            return try Binomial(trials: trials, probability: probability).sample(using: &rng)
        } catch {
            preconditionFailure("binomial (\(trials), \(probability)) was sanitised into the sampler's domain")
        }
    }

    /// One hypergeometric draw: successes among `draws` items taken without replacement from
    /// `population` items of which `successes` are successes.
    ///
    /// Sequential sampling (Devroye 1986, *Non-Uniform Random Variate Generation*, §VI.2):
    /// each draw succeeds with the remaining success fraction. Exact; by symmetry it walks
    /// over the smaller of the drawn and the left-out parts.
    /// - Complexity: O(min(draws, population − draws)).
    static func hypergeometric(draws: Int, successes: Int, population: Int, using rng: inout RandomStream) -> Int {
        precondition(0 <= draws && draws <= population && 0 <= successes && successes <= population)
        let walkLeftOut = draws > population - draws
        let steps = walkLeftOut ? population - draws : draws
        var found = 0
        for step in 0..<steps {
            let remaining = population - step
            if rng.nextUnit() * Double(remaining) < Double(successes - found) { found += 1 }
        }
        return walkLeftOut ? successes - found : found
    }

    /// A rate clamped to [0, 1]; NaN becomes 0.
    @inline(__always)
    static func rate(_ value: Double) -> Double {
        value > 0 ? Swift.min(value, 1) : 0
    }
}
