/// Folds one trial's workspace into a chunk's sums and a worker's tallies.
struct ChunkRecorder: Sendable {
    let plan: CompiledPlan
    /// Cumulative target through each month: the monthly targets summed, or for a window
    /// target the straight-line path target · (m + 1) / M.
    let cumulativeTargets: [Double]
    let monthlyTargets: [Double]?
    /// The sources whose revenue counts toward the target, in source order.
    let countedSources: [Int]
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
        countedSources = (0..<plan.sourceCount).filter(plan.countsTowardTarget(source:))
        marketingChannels = plan.channels.indices.filter { plan.channels[$0].hasSpend }
    }

    /// Records the trial and returns its counted window revenue.
    ///
    /// The per-source sums and the funnel counts are written through buffer pointers: one
    /// uniqueness check per array and trial rather than one per element.
    func record(_ workspace: TrialWorkspace, into sums: inout ChunkSums, _ tallies: inout WorkerTallies) -> Double {
        let months = plan.months
        let revenue = workspace.revenue
        var total = 0.0
        for m in 0..<months {
            var monthTotal = 0.0
            for source in countedSources { monthTotal += revenue[source * months + m] }
            total += monthTotal
            sums.month[m] += monthTotal
            tallies.month[m].add(monthTotal)
            tallies.cumulative[m].add(total)
            if total >= cumulativeTargets[m] { tallies.onTrack[m] += 1 }
            if let monthlyTargets, monthTotal >= monthlyTargets[m] { tallies.monthHits[m] += 1 }
        }
        sums.source.withUnsafeMutableBufferPointer { sourceSums in
            sums.sourceSquares.withUnsafeMutableBufferPointer { squares in
                for source in sourceSums.indices {
                    let value = workspace.sourceTotal(source)
                    sourceSums[source] += value
                    squares[source] += value * value
                }
            }
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
        sums.funnel.withUnsafeMutableBufferPointer { funnel in
            for i in funnel.indices { funnel[i] += workspace.funnel[i] }
        }
        return total
    }
}
