import Statistics

extension TrialKernel {
    /// One channel without capacity limits, by Poisson thinning (see `TrialKernel`).
    ///
    /// Draws, in order from the channel's stream: the multiplier and uncertain inputs, then
    /// for each close month m the count K_m ~ Poisson(q Σ_{t≤m} λ_t c_{m−t}). The K_m deal
    /// sizes come from the month's own deal-size stream. The deals closing after the window
    /// are recorded as their expectation q Σ_t λ_t P(lag ≥ M − t), which is added to the
    /// trial's after-window mean (drawn once for all channels by `run`).
    /// - Complexity: O(M² + deals closing in the window).
    func runChannel(_ channel: Int, wonRate: Double, trial: UInt64, in workspace: TrialWorkspace) {
        let months = plan.months
        var rng = streams.channels[channel].stream(trial: trial)
        drawExpectedLeads(channel, using: &rng, in: workspace)
        let lambda = workspace.lambda.baseAddress! + channel * months
        let row = channel * months
        let lags = plan.lags.inWindow
        let afterWindow = plan.lags.afterWindow
        var leads = 0.0
        var won = 0
        for m in 0..<months {
            leads += lambda[m]
            var closing = 0.0
            for t in 0...m { closing += lambda[t] * lags[m - t] }
            let count = CountDraw.poisson(mean: wonRate * closing, using: &rng)
            won += count
            // The month's deal-size stream is set up only when it has deals to size.
            if count > 0 {
                var sizes = streams.dealSizes[row + m].stream(trial: trial)
                workspace.revenue[row + m] = plan.dealSize.sum(count: count, using: &sizes)
            }
        }
        var late = 0.0
        for t in 0..<months { late += lambda[t] * afterWindow[t] }
        let after = Swift.max(0, wonRate * late)
        workspace.add(leads, to: .leads, channel: channel)
        workspace.add(leads * (workspace.stageRates.first ?? 1), to: .opportunities, channel: channel)
        workspace.add(Double(won) + after, to: .won, channel: channel)
        workspace.add(after, to: .closingAfterWindow, channel: channel)
        workspace.wonDeals += won
        workspace.expectedAfterWindow += after
    }
}
