import Forecasting
@testable import Simulation

/// Simulation results written out by hand, so the HTML golden files test the report layer
/// for fixed inputs and do not change when the Monte Carlo engine's streams do.
enum FixedResults {
    /// 4,096 deterministic "trials" with a triangular spread between $250k and $530k.
    static let revenue: [Double] = (0..<4096).map { (trial: Int) -> Double in
        let first = Double(trial % 101) * 1_500
        let second = Double(trial % 97) * 1_400
        return 250_000 + first + second
    }

    static func percentile(_ level: Double) -> Percentile {
        let sorted = revenue.sorted()
        return Percentile(level: level, value: sorted[Int(level * Double(sorted.count - 1))], standardError: 1_500)
    }

    static func simulation(name: String = "Fixed plan", pHit: Double = 0.39, shift: Double = 0) -> SimulationResult {
        let values = revenue.map { $0 + shift }
        let months = (0..<3).map { index in
            let share = [0.25, 0.6, 1.0][index]
            return MonthSummary(
                month: YearMonth(year: 2026, month: 7 + index), revenueMean: 130_000,
                revenuePercentiles: [0.1, 0.5, 0.9].map { Percentile(level: $0, value: 100_000 + 60_000 * $0) },
                cumulativePercentiles: [0.1, 0.5, 0.9].map { Percentile(level: $0, value: share * (300_000 + 200_000 * $0 + shift)) },
                target: [110_000, 130_000, 160_000][index], cumulativeTarget: [110_000, 240_000, 400_000][index],
                probabilityOfHittingMonth: 0.4, probabilityOnTrack: [0.16, 0.3, pHit][index])
        }
        return SimulationResult(
            planName: name, window: PlanWindow(start: YearMonth(year: 2026, month: 7), months: 3),
            target: .monthly([110_000, 130_000, 160_000]), seed: 1, trials: values.count, precisionTarget: nil,
            probabilityOfHit: Estimate(value: pHit, standardError: 0.0076),
            revenue: RevenueDistribution(mean: Estimate(value: 383_000 + shift, standardError: 1_100), standardDeviation: 70_000,
                                         percentiles: SimulationResult.percentileLevels.map {
                                             let p = percentile($0)
                                             return Percentile(level: p.level, value: p.value + shift, standardError: p.standardError)
                                         }),
            histogram: RevenueHistogram(values), expectedShortfall: Estimate(value: 52_000, standardError: 900),
            months: months,
            sources: [
                SourceSummary(name: "organic", kind: .channel, countsTowardTarget: true, meanRevenue: Estimate(value: 203_000, standardError: 800), share: 0.53),
                SourceSummary(name: "paid_search", kind: .channel, countsTowardTarget: true, meanRevenue: Estimate(value: 120_000 + shift, standardError: 700), share: 0.31),
                SourceSummary(name: "pipeline", kind: .pipeline, countsTowardTarget: true, meanRevenue: Estimate(value: 60_000, standardError: 300), share: 0.16),
                SourceSummary(name: "recurring", kind: .recurring, countsTowardTarget: false, meanRevenue: Estimate(value: 148_500, standardError: 0), share: nil),
            ],
            funnel: [
                ChannelFunnel(channel: "organic", leads: 1_200, opportunities: 180, lostToCapacity: 0, won: 54, closingAfterWindow: 9),
                ChannelFunnel(channel: "paid_search", leads: 816, opportunities: 122, lostToCapacity: 0, won: 37, closingAfterWindow: 6),
            ],
            marketing: nil, newDealsWon: Estimate(value: 91, standardError: 0.2))
    }

    static func comparison() -> Comparison {
        let more = simulation(name: "more paid search", pHit: 0.71, shift: 63_000)
        let cut = simulation(name: "cut paid search", pHit: 0.22, shift: -40_000)
        func strategy(_ result: SimulationResult, _ deltaP: Double, _ deltaRevenue: Double) -> StrategyComparison {
            StrategyComparison(result: result, probabilityOfHitDifference: Estimate(value: deltaP, standardError: 0.007),
                               unpairedProbabilityOfHitStandardError: 0.01, meanRevenueDifference: Estimate(value: deltaRevenue, standardError: 900),
                               unpairedMeanRevenueStandardError: 1_600, spendDifference: 0, incrementalRevenuePerSpend: nil,
                               probabilityOfBeatingBase: Estimate(value: deltaRevenue > 0 ? 0.9 : 0.1, standardError: 0.005), probabilityOfTie: 0)
        }
        return Comparison(base: simulation(), strategies: [strategy(more, 0.32, 63_000), strategy(cut, -0.17, -40_000)])
    }
}
