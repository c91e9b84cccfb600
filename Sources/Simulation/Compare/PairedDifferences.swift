import Statistics

/// Statistics of per-trial differences between a strategy and the base.
struct PairedDifferences {
    let n: Int
    /// Mean and sample variance of R_s − R_b, of 1{hit_s} − 1{hit_b}, of R_s and of R_b.
    let revenue: (mean: Double, variance: Double)
    let hit: (mean: Double, variance: Double)
    let strategyRevenueVariance: Double
    let baseRevenueVariance: Double
    let baseHit: Double
    let strategyHit: Double
    let beats: Int
    let ties: Int

    /// - Precondition: both arrays hold the same trials, in trial order.
    init(base: [Double], strategy: [Double], baseTarget: Double, strategyTarget: Double) {
        precondition(base.count == strategy.count && !base.isEmpty, "paired runs have the same trials")
        n = base.count
        var revenueStats = RunningMoments()
        var hitStats = RunningMoments()
        var baseStats = RunningMoments()
        var strategyStats = RunningMoments()
        var baseHits = 0
        var strategyHits = 0
        var beats = 0
        var ties = 0
        for i in 0..<n {
            let b = base[i]
            let s = strategy[i]
            let hitB = b >= baseTarget ? 1.0 : 0
            let hitS = s >= strategyTarget ? 1.0 : 0
            revenueStats.add(s - b)
            hitStats.add(hitS - hitB)
            baseStats.add(b)
            strategyStats.add(s)
            baseHits += Int(hitB)
            strategyHits += Int(hitS)
            beats += s > b ? 1 : 0
            ties += s == b ? 1 : 0
        }
        revenue = (revenueStats.mean, Self.variance(revenueStats))
        hit = (hitStats.mean, Self.variance(hitStats))
        baseRevenueVariance = Self.variance(baseStats)
        strategyRevenueVariance = Self.variance(strategyStats)
        baseHit = Double(baseHits) / Double(n)
        strategyHit = Double(strategyHits) / Double(n)
        self.beats = beats
        self.ties = ties
    }

    /// Sample variance, 0 (not NaN) for a single trial.
    private static func variance(_ moments: RunningMoments) -> Double {
        moments.count > 1 ? moments.variance : 0
    }

    func comparison(_ result: SimulationResult, spendDifference: Double) -> StrategyComparison {
        let count = Double(n)
        let revenueDifference = Estimate(value: revenue.mean, standardError: (revenue.variance / count).squareRoot())
        let pBeat = Double(beats) / count
        return StrategyComparison(
            result: result,
            probabilityOfHitDifference: Estimate(value: hit.mean, standardError: (hit.variance / count).squareRoot()),
            unpairedProbabilityOfHitStandardError:
                ((strategyHit * (1 - strategyHit) + baseHit * (1 - baseHit)) / count).squareRoot(),
            meanRevenueDifference: revenueDifference,
            unpairedMeanRevenueStandardError: ((strategyRevenueVariance + baseRevenueVariance) / count).squareRoot(),
            spendDifference: spendDifference,
            incrementalRevenuePerSpend: spendDifference == 0 ? nil : Estimate(
                value: revenueDifference.value / spendDifference,
                standardError: revenueDifference.standardError / abs(spendDifference)),
            probabilityOfBeatingBase: Estimate(value: pBeat, standardError: (pBeat * (1 - pBeat) / count).squareRoot()),
            probabilityOfTie: Double(ties) / count)
    }
}

