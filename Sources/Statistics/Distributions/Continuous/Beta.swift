import RealModule

/// The beta distribution on (0, 1) with shapes α and β: density x^{α−1}(1−x)^{β−1}/B(α, β).
///
/// Sampling, O(1) expected time for every pair of shapes:
/// - both shapes below 1: Jöhnk's method (Jöhnk 1964; Devroye, *Non-Uniform Random Variate
///   Generation*, 1986, §IX.3.5): X = U^{1/α}, Y = V^{1/β} (as e^{−E/α}, e^{−E′/β} with ziggurat
///   exponentials), accepted when X + Y ≤ 1, returning X/(X + Y). Acceptance
///   Γ(α+1)Γ(β+1)/Γ(α+β+1) ≥ 1/2; when both powers underflow the ratio is taken from their
///   logarithms, so there is never 0/0;
/// - otherwise X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β) by Marsaglia–Tsang (Devroye 1986,
///   §IX.4); when one shape is below 1 the ratio is formed from the logarithms of the draws,
///   1/(1 + e^{ln Y − ln X}), for the same reason.
public struct Beta: ContinuousDistribution, Equatable {
    public let alpha: Double
    public let beta: Double
    @usableFromInline let alphaKernel: GammaKernel
    @usableFromInline let betaKernel: GammaKernel

    /// - Throws: `DistributionError` unless both shapes are positive and finite.
    public init(alpha: Double, beta: Double) throws(DistributionError) {
        let check = ParameterCheck("beta")
        try check.positive(alpha, "alpha")
        try check.positive(beta, "beta")
        self.alpha = alpha
        self.beta = beta
        alphaKernel = GammaKernel(shape: alpha)
        betaKernel = GammaKernel(shape: beta)
    }

    /// The beta with the given mean and standard deviation, by the method of moments:
    /// ν = mean(1 − mean)/sd² − 1, α = mean·ν, β = (1 − mean)·ν.
    /// - Throws: `DistributionError` unless 0 < mean < 1 and 0 < sd² < mean(1 − mean).
    public init(mean: Double, sd: Double) throws(DistributionError) {
        let check = ParameterCheck("beta")
        try check.openUnit(mean, "mean")
        try check.positive(sd, "sd")
        let limit = mean * (1 - mean)
        try check.require(sd * sd < limit, "sd", sd,
                          "is too large for mean \(mean.messageText): sd² must be below mean·(1 − mean) = \(limit)")
        let concentration = limit / (sd * sd) - 1
        try self.init(alpha: mean * concentration, beta: (1 - mean) * concentration)
    }

    /// The posterior of a rate after `successes` out of `trials` under a uniform prior:
    /// Beta(successes + 1, trials − successes + 1) (Bayes–Laplace; Gelman et al., *Bayesian
    /// Data Analysis*, 3rd ed., §2.1).
    /// - Throws: `DistributionError` unless 0 ≤ successes ≤ trials.
    public init(successes: Int, trials: Int) throws(DistributionError) {
        let check = ParameterCheck("beta")
        try check.require(trials >= 0, "trials", Double(trials), "must be non-negative")
        try check.require(successes >= 0 && successes <= trials, "successes", Double(successes),
                          "must be between 0 and trials (\(trials))")
        try self.init(alpha: Double(successes) + 1, beta: Double(trials - successes) + 1)
    }

    public var mean: Double { alpha / (alpha + beta) }
    public var variance: Double {
        let total = alpha + beta
        return alpha * beta / (total * total * (total + 1))
    }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        let alphaBoosted = alphaKernel.inverseShape != nil, betaBoosted = betaKernel.inverseShape != nil
        if !alphaBoosted && !betaBoosted {
            let x = alphaKernel.marsagliaTsang(using: &rng)
            let y = betaKernel.marsagliaTsang(using: &rng)
            return x / (x + y)
        }
        if alphaBoosted && betaBoosted { return johnk(using: &rng) }
        let logX = alphaKernel.logSample(using: &rng)
        let logY = betaKernel.logSample(using: &rng)
        return 1 / (1 + Double.exp(logY - logX))
    }

    /// Jöhnk's rejection method for α, β < 1.
    @inlinable
    func johnk(using rng: inout RandomStream) -> Double {
        while true {
            let logX = -StandardExponential.sample(using: &rng) / alpha
            let logY = -StandardExponential.sample(using: &rng) / beta
            let x = Double.exp(logX), y = Double.exp(logY)
            let sum = x + y
            if sum <= 1 {
                return sum > 0 ? x / sum : 1 / (1 + Double.exp(logY - logX))
            }
        }
    }
}
