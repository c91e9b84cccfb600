/// Folds one trial's workspace into a chunk's sums and a worker's tallies.
struct ChunkRecorder: Sendable {
    let plan: CompiledPlan
    /// Cumulative target through each month: the monthly targets summed, or for a window
    /// target the straight-line path target · (m + 1) / M.
    let cumulativeTargets: [Double]
    let monthlyTargets: [Double]?
    /// Sources `0..<countedSources` count toward the target: every source but recurring
    /// revenue (the last) when it does not count.
    let countedSources: Int
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
        let counted = plan.countsTowardTarget(source: plan.recurringSource) ? plan.sourceCount : plan.recurringSource
        precondition((0..<plan.sourceCount).allSatisfy { plan.countsTowardTarget(source: $0) == ($0 < counted) },
                     "the counted sources are a prefix of the sources")
        countedSources = counted
        marketingChannels = plan.channels.indices.filter { plan.channels[$0].hasSpend }
    }

    /// Records the trial and returns its counted window revenue.
    ///
    /// Each source's window total and each month's counted total are summed once, and each
    /// array of the chunk's sums and of the tallies is written through one buffer pointer,
    /// so a trial pays one uniqueness check per array rather than one per element.
    /// - Complexity: O(sources × months + channels).
    func record(_ workspace: TrialWorkspace, into sums: inout ChunkSums, _ tallies: inout WorkerTallies) -> Double {
        let months = plan.months
        let revenue = UnsafePointer(workspace.revenue.baseAddress.unsafelyUnwrapped)
        let monthTotals = workspace.monthTotals
        for m in 0..<months {
            var monthTotal = 0.0
            for source in 0..<countedSources { monthTotal += revenue[source &* months &+ m] }
            monthTotals[m] = monthTotal
        }
        sums.month.withUnsafeMutableBufferPointer { monthSums in
            for m in 0..<months { monthSums[m] += monthTotals[m] }
        }
        tallies.month.withUnsafeMutableBufferPointer { histograms in
            for m in 0..<months { histograms[m].add(monthTotals[m]) }
        }
        var total = 0.0
        tallies.cumulative.withUnsafeMutableBufferPointer { histograms in
            tallies.onTrack.withUnsafeMutableBufferPointer { onTrack in
                for m in 0..<months {
                    total += monthTotals[m]
                    histograms[m].add(total)
                    if total >= cumulativeTargets[m] { onTrack[m] &+= 1 }
                }
            }
        }
        if let monthlyTargets {
            tallies.monthHits.withUnsafeMutableBufferPointer { hits in
                for m in 0..<months where monthTotals[m] >= monthlyTargets[m] { hits[m] &+= 1 }
            }
        }
        sums.source.withUnsafeMutableBufferPointer { sourceSums in
            sums.sourceSquares.withUnsafeMutableBufferPointer { squares in
                for source in sourceSums.indices {
                    var value = 0.0
                    for m in 0..<months { value += revenue[source &* months &+ m] }
                    sourceSums[source] += value
                    squares[source] += value * value
                }
            }
        }
        if !marketingChannels.isEmpty {
            var marketing = 0.0
            marketingChannels.withUnsafeBufferPointer { channels in
                for channel in channels {
                    for m in 0..<months { marketing += revenue[channel &* months &+ m] }
                }
            }
            sums.marketing += marketing
            sums.marketingSquares += marketing * marketing
            tallies.marketing.add(marketing)
        }
        let won = Double(workspace.wonDeals)
        sums.won += won
        sums.wonSquares += won * won
        tallies.won.add(won)
        sums.funnel.withUnsafeMutableBufferPointer { funnel in
            let values = UnsafePointer(workspace.funnel.baseAddress.unsafelyUnwrapped)
            for i in funnel.indices { funnel[i] += values[i] }
        }
        return total
    }
}
