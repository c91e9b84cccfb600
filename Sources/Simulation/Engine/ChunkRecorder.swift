/// Folds one trial's workspace into a chunk's sums and a worker's tallies.
struct ChunkRecorder: Sendable {
    let plan: CompiledPlan
    /// Cumulative target through each month: the monthly targets summed, or for a window
    /// target the straight-line path target · (m + 1) / M.
    let cumulativeTargets: [Double]
    let monthlyTargets: [Double]?
    let counted: [Bool]
    let marketingChannels: [Int]

    init(plan: CompiledPlan) {
        self.plan = plan
        let months = plan.months
        switch plan.plan.target {
        case .total(let total):
            monthlyTargets = nil
            cumulativeTargets = (0..<months).map { total * Double($0 + 1) / Double(months) }
        case .monthly(let values):
            monthlyTargets = values
            var running = 0.0
            cumulativeTargets = values.map { running += $0; return running }
        }
        counted = (0..<plan.sourceCount).map(plan.countsTowardTarget(source:))
        marketingChannels = plan.channels.indices.filter { plan.channels[$0].hasSpend }
    }

    /// Records the trial and returns its counted window revenue.
    func record(_ workspace: TrialWorkspace, into sums: inout ChunkSums, _ tallies: inout WorkerTallies) -> Double {
        let months = plan.months
        var total = 0.0
        for m in 0..<months {
            var monthTotal = 0.0
            for source in 0..<plan.sourceCount where counted[source] {
                monthTotal += workspace.revenue[source * months + m]
            }
            total += monthTotal
            sums.month[m] += monthTotal
            tallies.month[m].add(monthTotal)
            tallies.cumulative[m].add(total)
            if total >= cumulativeTargets[m] { tallies.onTrack[m] += 1 }
            if let monthlyTargets, monthTotal >= monthlyTargets[m] { tallies.monthHits[m] += 1 }
        }
        for source in 0..<plan.sourceCount {
            let value = workspace.sourceTotal(source)
            sums.source[source] += value
            sums.sourceSquares[source] += value * value
        }
        if !marketingChannels.isEmpty {
            var marketing = 0.0
            for channel in marketingChannels { marketing += workspace.sourceTotal(channel) }
            sums.marketing += marketing
            sums.marketingSquares += marketing * marketing
            tallies.marketing.add(marketing)
        }
        let won = Double(workspace.wonDeals)
        sums.won += won
        sums.wonSquares += won * won
        tallies.won.add(won)
        for i in sums.funnel.indices { sums.funnel[i] += workspace.funnel[i] }
        return total
    }
}
