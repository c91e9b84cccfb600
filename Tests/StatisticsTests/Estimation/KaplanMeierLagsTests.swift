import Statistics
import Testing

@Suite struct KaplanMeierLagsTests {
    static func deals(closed: [Int], open: [Int]) -> [SurvivalObservation] {
        closed.map { SurvivalObservation(duration: $0, closed: true) } + open.map { SurvivalObservation(duration: $0, closed: false) }
    }

    /// By hand: at lag 0, 5 at risk and 1 closes (S = 0.8); at lag 1, 4 at risk, 2 close and 1
    /// is censored (S = 0.4); at lag 2 the last one closes (S = 0). Exact in binary up to one ULP.
    @Test func handComputedLags() throws {
        let km = try KaplanMeier(Self.deals(closed: [0, 1, 1, 2], open: [1]))
        let lags = try km.lagDistribution()
        let expected = [0.2, 0.4, 0.4]
        #expect(lags.probabilities.count == 3 && lags.tailMass == 0)
        for (p, e) in zip(lags.probabilities, expected) { #expect(abs(p - e) <= 1e-15) }
    }

    /// Two deals closed at lags 0 and 1, two still open after 3 periods: S(0) = 3/4, S(1) = 1/2,
    /// and half the mass lies beyond the last closure.
    @Test func tailHandling() throws {
        let km = try KaplanMeier(Self.deals(closed: [0, 1], open: [3, 3]))
        let lumped = try km.lagDistribution()
        #expect(lumped.probabilities == [0.25, 0.75] && lumped.tailMass == 0.5)
        let renormalised = try km.lagDistribution(tail: .renormalise)
        #expect(renormalised.probabilities == [0.5, 0.5])
        let longer = try km.lagDistribution(maxLag: 3)
        #expect(longer.probabilities == [0.25, 0.25, 0, 0.5])
        #expect(throws: EstimationError.self) { try km.lagDistribution(maxLag: -1) }
    }

    /// True lag distribution; deals are created uniformly over the last 8 months, so a deal of
    /// age a (0…7 complete months watched) whose lag exceeds a is still open: about 37% are
    /// censored, and long lags are censored most.
    static let truth = [0.05, 0.15, 0.25, 0.20, 0.15, 0.10, 0.10]
    static let creationMonths = 8

    static func simulatedDeals(count: Int) throws -> (deals: [SurvivalObservation], closedLags: [Int]) {
        let lagDistribution = try DiscreteDistribution(values: truth.indices.map(Double.init), probabilities: truth)
        var rng = RandomStream(seed: 2026, component: StreamKey("sales-cycle-recovery"))
        var deals: [SurvivalObservation] = [], closedLags: [Int] = []
        for _ in 0..<count {
            let lag = Int(lagDistribution.sample(using: &rng))
            let age = rng.nextIndex(below: creationMonths)
            if lag <= age {
                deals.append(SurvivalObservation(duration: lag, closed: true))
                closedLags.append(lag)
            } else {
                deals.append(SurvivalObservation(duration: age, closed: false))
            }
        }
        return (deals, closedLags)
    }

    /// Kaplan–Meier recovers the true survival curve: |Ŝ(t) − S(t)| ≤ 5 Greenwood SEs at every
    /// lag, and the mean Σ Ŝ(t) within 5·Σ SE(t) (Σ SEs bounds the SD of a sum). The naive
    /// closed-only estimate is biased short: its expected mean is Σ l·pₗ(8 − l)/Σ pₗ(8 − l) =
    /// 2.406 months against the true 2.95; it must sit within 5 SEs (sd/√n of the closed lags)
    /// of that biased value and more than 10 SEs below the truth.
    @Test func kaplanMeierIsUnbiasedUnderHeavyCensoringWhereClosedOnlyIsShort() throws {
        let (deals, closedLags) = try Self.simulatedDeals(count: 4000)
        let censoredShare = 1 - Double(closedLags.count) / Double(deals.count)
        #expect(censoredShare > 0.3, "censored \(censoredShare)")
        let km = try KaplanMeier(deals)
        var trueSurvival = 1.0, seSum = 0.0
        for lag in Self.truth.indices {
            trueSurvival -= Self.truth[lag]
            let se = km.standardError(at: lag)
            seSum += se
            #expect(abs(km.survival(at: lag) - max(0, trueSurvival)) <= 5 * se + 1e-12, "S(\(lag))")
        }
        let trueMean = Self.truth.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
        let kmLags = try km.lagDistribution(maxLag: Self.truth.count - 1)
        #expect(abs(kmLags.mean - trueMean) <= 5 * seSum, "KM mean \(kmLags.mean) vs \(trueMean)")

        let naive = try LagDistribution.closedOnly(closedLags)
        let weights = Self.truth.enumerated().map { $1 * Double(Self.creationMonths - $0) }
        let biasedMean = weights.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element } / weights.reduce(0, +)
        let naiveSE = Descriptive.standardDeviation(closedLags.map(Double.init)) / Double(closedLags.count).squareRoot()
        #expect(abs(naive.mean - biasedMean) <= 5 * naiveSE, "naive mean \(naive.mean) vs expected \(biasedMean)")
        #expect(trueMean - naive.mean > 10 * naiveSE, "naive mean \(naive.mean) not short of \(trueMean)")
        #expect(abs(kmLags.mean - trueMean) < (trueMean - naive.mean) / 3)
    }
}
