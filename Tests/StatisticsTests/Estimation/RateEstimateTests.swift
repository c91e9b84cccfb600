import Statistics
import Testing

@Suite struct RateEstimateTests {
    /// Uniform prior: 30 won and 70 lost give Beta(31, 71); the interval ends are the posterior's
    /// 2.5% and 97.5% quantiles (checked through the CDF to 1e-10, far above the ~1e-13 accuracy
    /// of the incomplete-beta inversion).
    @Test func posteriorFromCounts() throws {
        let estimate = try RateEstimate(won: 30, lost: 70)
        #expect(estimate.posterior == (try Beta(alpha: 31, beta: 71)))
        #expect(abs(estimate.mean - 31.0 / 102.0) <= 1e-15)
        #expect(abs(estimate.posterior.cdf(estimate.lower) - 0.025) <= 1e-10)
        #expect(abs(estimate.posterior.cdf(estimate.upper) - 0.975) <= 1e-10)
        #expect(estimate.trials == 100 && estimate.successes == 30 && estimate.effectiveTrials == 100)
    }

    /// 400 replicate histories of n = 1650 decided deals at a true rate of 0.22.
    /// Coverage of the 95% interval: binomial SE √(0.95·0.05/400) = 0.011, tolerance 5 SE.
    /// Average posterior mean: each has SD √(p(1 − p)/n) = 0.0102, so the average of 400 has SE
    /// 0.00051; tolerance 5 SE plus the prior's known pull (1 − 2p)/(n + 2) = 0.00034.
    @Test func recoversRateWithCalibratedInterval() throws {
        let truth = 0.22, trials = 1650, replicates = 400
        let binomial = try Binomial(trials: trials, probability: truth)
        var covered = 0, meanTotal = 0.0
        for replicate in 0..<replicates {
            var rng = RandomStream(seed: 61, component: StreamKey("rate-recovery"), trial: UInt64(replicate))
            let won = binomial.sample(using: &rng)
            let estimate = try RateEstimate(won: won, lost: trials - won)
            if estimate.lower <= truth && truth <= estimate.upper { covered += 1 }
            meanTotal += estimate.mean
        }
        let coverage = Double(covered) / Double(replicates)
        #expect(abs(coverage - 0.95) <= 5 * (0.95 * 0.05 / Double(replicates)).squareRoot(), "coverage \(coverage)")
        let averageMean = meanTotal / Double(replicates)
        let seOfAverage = (truth * (1 - truth) / Double(trials) / Double(replicates)).squareRoot()
        let priorPull = (1 - 2 * truth) / Double(trials + 2)
        #expect(abs(averageMean - truth) <= 5 * seOfAverage + priorPull, "average mean \(averageMean)")
    }

    /// A cohort one half-life old counts half: exact arithmetic on the posterior shapes.
    @Test func halfLifeWeighting() throws {
        let cohorts = [RateCohort(won: 20, lost: 80, age: 0), RateCohort(won: 40, lost: 60, age: 6),
                       RateCohort(won: 8, lost: 8, age: 12)]
        let estimate = try RateEstimate(cohorts: cohorts, halfLife: 6)
        #expect(estimate.posterior.alpha == 1 + 20 + 0.5 * 40 + 0.25 * 8)
        #expect(estimate.posterior.beta == 1 + 80 + 0.5 * 60 + 0.25 * 8)
        #expect(estimate.effectiveTrials == 100 + 50 + 4)
        #expect(estimate.trials == 216 && estimate.successes == 68)
        // Fewer effective trials than the unweighted estimate: a wider interval.
        let unweighted = try RateEstimate(cohorts: cohorts)
        #expect(estimate.upper - estimate.lower > unweighted.upper - unweighted.lower)
    }

    /// The rate moved from 0.15 to 0.30 six months ago (expected counts, 100 deals a month):
    /// a 3-month half-life puts the estimate within 0.05 of the new rate, while the unweighted
    /// estimate stays near the 24-month average of 0.19.
    @Test func halfLifeTracksARecentChange() throws {
        let cohorts = (0..<24).map { age in
            let rate = age < 6 ? 0.30 : 0.15
            return RateCohort(won: Int(100 * rate), lost: Int(100 * (1 - rate)), age: Double(age))
        }
        let weighted = try RateEstimate(cohorts: cohorts, halfLife: 3)
        let unweighted = try RateEstimate(cohorts: cohorts)
        #expect(abs(weighted.mean - 0.30) < 0.05, "weighted \(weighted.mean)")
        #expect(abs(unweighted.mean - 0.1875) < 0.005, "unweighted \(unweighted.mean)")
    }

    @Test func noDecidedDealsGivesThePrior() throws {
        let estimate = try RateEstimate(cohorts: [])
        #expect(estimate.mean == 0.5 && estimate.trials == 0)
        #expect(abs(estimate.lower - 0.025) <= 1e-12 && abs(estimate.upper - 0.975) <= 1e-12)
    }

    @Test func rejectsBadInput() {
        #expect(throws: EstimationError(estimate: "conversion rate", parameter: "cohorts[1].lost",
                                        expected: "a non-negative count", found: "-3")) {
            try RateEstimate(cohorts: [RateCohort(won: 1, lost: 1), RateCohort(won: 1, lost: -3)])
        }
        #expect(throws: EstimationError(estimate: "conversion rate", parameter: "cohorts[0].age",
                                        expected: "a non-negative number of periods", found: "-1.0")) {
            try RateEstimate(cohorts: [RateCohort(won: 1, lost: 1, age: -1)])
        }
        #expect(throws: EstimationError(estimate: "conversion rate", parameter: "halfLife",
                                        expected: "a positive number of periods", found: "0.0")) {
            try RateEstimate(cohorts: [], halfLife: 0)
        }
        #expect(throws: EstimationError.self) { try RateEstimate(won: 1, lost: 1, credibleLevel: 1) }
    }
}
