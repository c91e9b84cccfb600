import Statistics

extension TrialKernel {
    /// All channels when capacity caps the opportunities worked each month.
    ///
    /// 1. Each channel (own stream): leads_t ~ Poisson(λ_t), opportunities_t ~
    ///    Binomial(leads_t, rate₁).
    /// 2. Capacity (capacity stream): capacity_t = ⌊Σ active reps × ramp factor ×
    ///    opportunities per rep⌋; when the month's opportunities O_t exceed it, the worked
    ///    ones are a uniformly random subset (multivariate hypergeometric split across
    ///    channels) and the rest are lost. After each month every active rep leaves with
    ///    probability `attrition` (Binomial per cohort).
    /// 3. Each channel (own stream, continued): won_t ~ Binomial(worked_t, Π later rates),
    ///    split across lags by sequential binomials (an exact multinomial draw); deals whose
    ///    close month is inside the window draw their sizes from that month's deal-size
    ///    stream.
    func runChannelsWithCapacity(_ capacity: CompiledCapacity, trial: UInt64, in workspace: TrialWorkspace) {
        let months = plan.months
        let firstRate = workspace.stageRates[0]
        var laterRate = 1.0
        for stage in 1..<plan.stageRates.count { laterRate *= workspace.stageRates[stage] }

        for channel in 0..<plan.kernelChannels.count {
            var rng = streams.channels[channel].stream(trial: trial)
            drawExpectedLeads(channel, using: &rng, in: workspace)
            for m in 0..<months {
                let leads = CountDraw.poisson(mean: workspace.lambda[channel * months + m], using: &rng)
                let opportunities = CountDraw.binomial(trials: leads, probability: firstRate, using: &rng)
                workspace.opportunities[channel * months + m] = opportunities
                workspace.add(Double(leads), to: .leads, channel: channel)
                workspace.add(Double(opportunities), to: .opportunities, channel: channel)
            }
            workspace.channelStreams[channel] = rng
        }

        applyCapacity(capacity, trial: trial, in: workspace)

        for channel in 0..<plan.kernelChannels.count {
            var rng = workspace.channelStreams[channel]
            let row = channel * months
            for m in 0..<months {
                workspace.sizeStreams[m] = streams.dealSizes[row + m].stream(trial: trial)
            }
            for t in 0..<months {
                let won = CountDraw.binomial(trials: workspace.opportunities[row + t], probability: laterRate, using: &rng)
                var remaining = won
                for lag in 0..<Swift.min(plan.lags.conditional.count, months - t) where remaining > 0 {
                    let count = CountDraw.binomial(trials: remaining, probability: plan.lags.conditional[lag], using: &rng)
                    remaining -= count
                    workspace.revenue[row + t + lag] += plan.dealSize.sum(count: count, using: &workspace.sizeStreams[t + lag])
                }
                workspace.add(Double(won), to: .won, channel: channel)
                workspace.add(Double(remaining), to: .closingAfterWindow, channel: channel)
                workspace.wonDeals += won
            }
        }
    }

    /// Caps each month's opportunities at the team's capacity, recording the excess as
    /// lost; `workspace.opportunities` then holds the worked opportunities.
    private func applyCapacity(_ capacity: CompiledCapacity, trial: UInt64, in workspace: TrialWorkspace) {
        let months = plan.months
        let channels = plan.channels.count
        var rng = streams.capacity.stream(trial: trial)
        let perRep = Swift.max(0, capacity.opportunitiesPerRep.sample(using: &rng))
        let attrition = CountDraw.rate(capacity.attrition.sample(using: &rng))
        var active = capacity.cohorts.map(\.count)
        for t in 0..<months {
            var slots = 0.0
            for (index, cohort) in capacity.cohorts.enumerated() {
                slots += Double(active[index]) * cohort.factor(month: t) * perRep
            }
            var total = 0
            for channel in 0..<channels { total += workspace.opportunities[channel * months + t] }
            if Double(total) > slots {
                var draws = Int(slots.rounded(.down))
                var population = total
                for channel in 0..<channels {
                    let index = channel * months + t
                    let created = workspace.opportunities[index]
                    let worked = CountDraw.hypergeometric(draws: draws, successes: created, population: population, using: &rng)
                    draws -= worked
                    population -= created
                    workspace.opportunities[index] = worked
                    workspace.add(Double(created - worked), to: .lostToCapacity, channel: channel)
                }
            }
            for (index, cohort) in capacity.cohorts.enumerated() where t >= cohort.startMonth {
                active[index] -= CountDraw.binomial(trials: active[index], probability: attrition, using: &rng)
            }
        }
    }
}
