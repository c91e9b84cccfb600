/// Turns a run's per-trial revenue, sums and tallies into a `SimulationResult`.
struct ResultBuilder {
    let plan: CompiledPlan
    let seed: UInt64
    let precisionTarget: Double?

    /// Builds the result.
    func build(_ totals: MonteCarloRun.Totals) -> SimulationResult {
        let n = totals.trials
        let count = Double(n)
        let target = plan.targetTotal
        var hits = 0
        var misses = 0
        var sum = 0.0
        var shortfallSum = 0.0
        for value in totals.revenue {
            sum += value
            if value >= target {
                hits += 1
            } else {
                misses += 1
                shortfallSum += target - value
            }
        }
        let mean = sum / count
        var squares = 0.0
        var shortfallSquares = 0.0
        let shortfallMean = misses > 0 ? shortfallSum / Double(misses) : 0
        for value in totals.revenue {
            squares += (value - mean) * (value - mean)
            if value < target { shortfallSquares += (target - value - shortfallMean) * (target - value - shortfallMean) }
        }
        let sd = n > 1 ? (squares / (count - 1)).squareRoot() : 0
        let pHit = Double(hits) / count
        let quantiles = OrderStatistics.quantiles(SimulationResult.percentileLevels, of: totals.revenue)
        let percentiles = zip(SimulationResult.percentileLevels, quantiles).map {
            Percentile(level: $0, value: $1.value, standardError: $1.standardError)
        }
        let histogram = RevenueHistogram(totals.revenue)
        let shortfall: Estimate? = misses > 0
            ? Estimate(value: shortfallMean,
                       standardError: misses > 1 ? (shortfallSquares / Double(misses - 1) / Double(misses)).squareRoot() : 0)
            : nil
        let won = Self.meanEstimate(sum: totals.sums.won, squares: totals.sums.wonSquares, n: n)
        return SimulationResult(
            planName: plan.plan.name, window: plan.plan.window, target: plan.plan.target, seed: seed, trials: n,
            precisionTarget: precisionTarget,
            probabilityOfHit: Estimate(value: pHit, standardError: (pHit * (1 - pHit) / count).squareRoot()),
            revenue: RevenueDistribution(
                mean: Estimate(value: mean, standardError: sd / count.squareRoot()), standardDeviation: sd,
                percentiles: percentiles),
            histogram: histogram,
            expectedShortfall: shortfall, months: months(totals), sources: sources(totals), funnel: funnel(totals),
            marketing: marketing(totals, won: won), newDealsWon: won)
    }

    /// Mean and its standard error from Σx and Σx² (one pass; fine for these magnitudes).
    static func meanEstimate(sum: Double, squares: Double, n: Int) -> Estimate {
        let count = Double(n)
        let mean = sum / count
        let variance = n > 1 ? Swift.max(0, (squares - count * mean * mean) / (count - 1)) : 0
        return Estimate(value: mean, standardError: (variance / count).squareRoot())
    }

    private func months(_ totals: MonteCarloRun.Totals) -> [MonthSummary] {
        let recorder = ChunkRecorder(plan: plan)
        let count = Double(totals.trials)
        return (0..<plan.months).map { m in
            MonthSummary(
                month: plan.plan.window.month(m), revenueMean: totals.sums.month[m] / count,
                revenuePercentiles: SimulationResult.summaryLevels.map {
                    Percentile(level: $0, value: totals.tallies.month[m].quantile($0))
                },
                cumulativePercentiles: SimulationResult.summaryLevels.map {
                    Percentile(level: $0, value: totals.tallies.cumulative[m].quantile($0))
                },
                target: recorder.monthlyTargets?[m], cumulativeTarget: recorder.cumulativeTargets[m],
                probabilityOfHittingMonth: recorder.monthlyTargets == nil ? nil : Double(totals.tallies.monthHits[m]) / count,
                probabilityOnTrack: Double(totals.tallies.onTrack[m]) / count)
        }
    }

    private func sources(_ totals: MonteCarloRun.Totals) -> [SourceSummary] {
        let n = totals.trials
        var entries: [(Int, String, SourceSummary.Kind)] = plan.channels.indices.map { ($0, plan.channels[$0].name, .channel) }
        if plan.pipeline != nil { entries.append((plan.pipelineSource, "pipeline", .pipeline)) }
        if plan.recurring != nil { entries.append((plan.recurringSource, "recurring", .recurring)) }
        var countedTotal = 0.0
        for (source, _, _) in entries where plan.countsTowardTarget(source: source) { countedTotal += totals.sums.source[source] }
        return entries.map { source, name, kind in
            let counts = plan.countsTowardTarget(source: source)
            return SourceSummary(
                name: name, kind: kind, countsTowardTarget: counts,
                meanRevenue: Self.meanEstimate(sum: totals.sums.source[source], squares: totals.sums.sourceSquares[source], n: n),
                share: counts ? (countedTotal > 0 ? totals.sums.source[source] / countedTotal : 0) : nil)
        }
    }

    private func funnel(_ totals: MonteCarloRun.Totals) -> [ChannelFunnel] {
        let count = Double(totals.trials)
        let width = FunnelCount.allCases.count
        return plan.channels.indices.map { channel in
            func mean(_ field: FunnelCount) -> Double { totals.sums.funnel[channel * width + field.rawValue] / count }
            return ChannelFunnel(
                channel: plan.channels[channel].name, leads: mean(.leads), opportunities: mean(.opportunities),
                lostToCapacity: mean(.lostToCapacity), won: mean(.won), closingAfterWindow: mean(.closingAfterWindow))
        }
    }

    /// CAC = spend / E[won], delta-method error spend · SE(mean won) / mean won²; per-trial
    /// CAC percentiles from won-deal percentiles (CAC falls as deals rise, so P10 of CAC is
    /// spend / P90 of deals); ROI = (revenue from spend channels − spend) / spend.
    private func marketing(_ totals: MonteCarloRun.Totals, won: Estimate) -> MarketingSummary? {
        guard plan.channels.contains(where: \.hasSpend) else { return nil }
        let spend = plan.totalSpend
        let cac = won.value > 0
            ? Estimate(value: spend / won.value, standardError: spend * won.standardError / (won.value * won.value))
            : Estimate(value: .infinity, standardError: .infinity)
        let revenue = Self.meanEstimate(sum: totals.sums.marketing, squares: totals.sums.marketingSquares, n: totals.trials)
        let roi = spend > 0
            ? Estimate(value: (revenue.value - spend) / spend, standardError: revenue.standardError / spend)
            : Estimate(value: 0, standardError: 0)
        return MarketingSummary(
            spend: spend, costPerAcquisition: cac,
            costPerAcquisitionPercentiles: SimulationResult.summaryLevels.map { level in
                let deals = totals.tallies.won.quantile(1 - level)
                return Percentile(level: level, value: deals > 0 ? spend / deals : .infinity)
            },
            returnOnSpend: roi,
            returnOnSpendPercentiles: SimulationResult.summaryLevels.map { level in
                Percentile(level: level, value: spend > 0 ? (totals.tallies.marketing.quantile(level) - spend) / spend : 0)
            })
    }
}
