import RealModule

/// Closed deals (or leads that left a funnel stage) that share one age.
///
/// Only decided outcomes are counted: a deal still open is neither a win nor a loss, so it
/// belongs in no cohort (counting it as lost would bias the rate low).
public struct RateCohort: Sendable, Equatable {
    /// Deals that converted (won, or moved on to the next stage).
    public var won: Int
    /// Deals that did not convert.
    public var lost: Int
    /// Periods (usually months) between the cohort and the estimate date; 0 is the latest.
    public var age: Double

    public init(won: Int, lost: Int, age: Double = 0) {
        self.won = won
        self.lost = lost
        self.age = age
    }
}

/// A conversion or win rate estimated from counts: the Beta posterior, its mean and an
/// equal-tailed credible interval.
///
/// Model: the counts are binomial with rate p and the prior is uniform, Beta(1, 1), so the
/// posterior is Beta(1 + won, 1 + lost) (Bayes–Laplace; Gelman et al., *Bayesian Data
/// Analysis*, 3rd ed., 2013, §2.1–2.4). The interval is [Q(½(1 − level)), Q(½(1 + level))] of
/// the posterior. With no decided deals at all the posterior is the prior: mean ½ and a 95%
/// interval of [0.025, 0.975], which says plainly that history says nothing.
///
/// Recency weighting (`halfLife`): a cohort of age a counts with weight w = 0.5^{a/h}, so data
/// one half-life old count half as much as this period's. The posterior is
/// Beta(1 + Σ wᵢ·wonᵢ, 1 + Σ wᵢ·lostᵢ), the power prior of Ibrahim & Chen ("Power prior
/// distributions for regression models", Stat. Sci. 15(1), 2000) with discount wᵢ per cohort.
/// Its effective sample size is `effectiveTrials` = Σ wᵢ(wonᵢ + lostᵢ): the posterior is exactly
/// the one that many unweighted trials would give, so the interval widens as old data fade.
/// (This is not Kish's (Σw)²/Σw², which applies to individually weighted observations of a
/// mean; here the weight multiplies a binomial log-likelihood.)
public struct RateEstimate: Sendable, Equatable {
    /// The credible level used unless the caller asks for another.
    public static let defaultCredibleLevel = 0.95

    /// The posterior distribution of the rate.
    public let posterior: Beta
    /// Lower end of the equal-tailed credible interval.
    public let lower: Double
    /// Upper end of the equal-tailed credible interval.
    public let upper: Double
    /// The credible level of [lower, upper].
    public let credibleLevel: Double
    /// Decided deals before weighting, n = Σ(won + lost).
    public let trials: Int
    /// Wins before weighting.
    public let successes: Int
    /// Σ wᵢ(wonᵢ + lostᵢ), equal to `trials` without recency weighting.
    public let effectiveTrials: Double

    /// The posterior mean (1 + Σw·won)/(2 + Σw·n).
    public var mean: Double { posterior.mean }

    /// The rate from unweighted counts.
    /// - Throws: `EstimationError` if a count is negative or `credibleLevel` is not in (0, 1).
    public init(won: Int, lost: Int, credibleLevel: Double = defaultCredibleLevel) throws(EstimationError) {
        try self.init(cohorts: [RateCohort(won: won, lost: lost)], credibleLevel: credibleLevel)
    }

    /// The rate from cohorts, optionally weighted by recency.
    /// - Parameters:
    ///   - cohorts: decided deals grouped by age (may be empty: the result is the prior).
    ///   - halfLife: periods after which a cohort's weight halves; nil weighs all cohorts equally.
    ///   - credibleLevel: the probability inside the interval, in (0, 1).
    /// - Throws: `EstimationError` naming the cohort and field for a negative count, a negative
    ///   or non-finite age, a half-life that is not positive and finite, or a bad level.
    /// - Complexity: O(cohorts) plus two incomplete-beta inversions.
    public init(cohorts: [RateCohort], halfLife: Double? = nil,
                credibleLevel: Double = defaultCredibleLevel) throws(EstimationError) {
        let name = "conversion rate"
        guard credibleLevel > 0 && credibleLevel < 1 else {
            throw EstimationError(estimate: name, parameter: "credibleLevel", expected: "a probability in (0, 1)",
                                  found: "\(credibleLevel)")
        }
        if let halfLife, !(halfLife.isFinite && halfLife > 0) {
            throw EstimationError(estimate: name, parameter: "halfLife", expected: "a positive number of periods",
                                  found: "\(halfLife)")
        }
        var weightedWon = 0.0, weightedLost = 0.0, won = 0, lost = 0
        for (index, cohort) in cohorts.enumerated() {
            for (field, count) in [("won", cohort.won), ("lost", cohort.lost)] where count < 0 {
                throw EstimationError(estimate: name, parameter: "cohorts[\(index)].\(field)",
                                      expected: "a non-negative count", found: "\(count)")
            }
            guard cohort.age.isFinite && cohort.age >= 0 else {
                throw EstimationError(estimate: name, parameter: "cohorts[\(index)].age",
                                      expected: "a non-negative number of periods", found: "\(cohort.age)")
            }
            let weight = halfLife.map { Double.exp2(-cohort.age / $0) } ?? 1
            weightedWon += weight * Double(cohort.won)
            weightedLost += weight * Double(cohort.lost)
            won += cohort.won
            lost += cohort.lost
        }
        // Shapes are ≥ 1, so the initialiser cannot fail.
        posterior = try! Beta(alpha: 1 + weightedWon, beta: 1 + weightedLost)
        let tail = 0.5 * (1 - credibleLevel)
        lower = posterior.quantile(tail)
        upper = posterior.quantile(1 - tail)
        self.credibleLevel = credibleLevel
        trials = won + lost
        successes = won
        effectiveTrials = weightedWon + weightedLost
    }
}
