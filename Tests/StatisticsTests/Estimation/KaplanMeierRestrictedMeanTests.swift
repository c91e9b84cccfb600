import Statistics
import Testing

@Suite struct KaplanMeierRestrictedMeanTests {
    /// By hand (the curve of `KaplanMeierLagsTests.handComputedLags`): S(0) = 0.8, S(1) = 0.4,
    /// so μ̂₂ = 0.8 + 0.4 = 1.2, the mean of the lag distribution [0.2, 0.4, 0.4]. Variance: at
    /// t = 0 (n = 5, d = 1) A = 1.2, at t = 1 (n = 4, d = 2) A = 0.4:
    /// 1.44·1/(5·4) + 0.16·2/(4·2) = 0.072 + 0.04 = 0.112. Exact up to a few ULPs.
    @Test func handComputed() throws {
        let km = try KaplanMeier(KaplanMeierLagsTests.deals(closed: [0, 1, 1, 2], open: [1]))
        let restricted = try km.restrictedMean(horizon: 2)
        #expect(abs(restricted.mean - 1.2) <= 1e-15)
        #expect(abs(restricted.mean - (try km.lagDistribution(maxLag: 2)).mean) <= 1e-15)
        #expect(abs(restricted.standardError * restricted.standardError - 0.112) <= 1e-15)
        let none = try km.restrictedMean(horizon: 0)
        #expect(none.mean == 0 && none.standardError == 0 && none.interval(z: 1.96) == 0...0)
        #expect(throws: EstimationError.self) { try km.restrictedMean(horizon: -1) }
    }

    /// Recovery and calibration under censoring (the data of `KaplanMeierLagsTests`: about 37%
    /// open). Truth E[min(T, 6)] = Σ l·pₗ = 2.95. Over 300 replicates of 500 deals: the mean of
    /// μ̂ lies within 4 Monte Carlo standard errors of the truth, and the mean delta-method SE
    /// within ±15% of the replicates' spread (the spread's own relative error is about
    /// 1/√(2·299) ≈ 4%, so 15% is over three of them).
    @Test func recoversTheTruthWithCalibratedError() throws {
        let truth = KaplanMeierLagsTests.truth
        let lags = try DiscreteDistribution(values: truth.indices.map(Double.init), probabilities: truth)
        let replicates = 300, count = 500, horizon = 6
        var means: [Double] = [], errors: [Double] = []
        for replicate in 0..<replicates {
            var rng = RandomStream(seed: 77, component: StreamKey("restricted-mean"), trial: UInt64(replicate))
            let deals = (0..<count).map { _ in
                let lag = Int(lags.sample(using: &rng))
                let age = rng.nextIndex(below: KaplanMeierLagsTests.creationMonths)
                return lag <= age ? SurvivalObservation(duration: lag, closed: true) : SurvivalObservation(duration: age, closed: false)
            }
            let restricted = try KaplanMeier(deals).restrictedMean(horizon: horizon)
            means.append(restricted.mean)
            errors.append(restricted.standardError)
        }
        let spread = Descriptive.standardDeviation(means)
        #expect(abs(Descriptive.mean(means) - 2.95) <= 4 * spread / Double(replicates).squareRoot())
        let ratio = Descriptive.mean(errors) / spread
        #expect(ratio > 0.85 && ratio < 1.15, "SE / spread = \(ratio)")
    }
}
