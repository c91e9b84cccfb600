import Statistics

/// Simulates one trial of a compiled plan into a worker's workspace.
///
/// Per trial (issue "Monte Carlo engine", "What one trial means"): uncertain inputs are
/// drawn once and shared by all months; each channel's expected leads λ_t become counts;
/// the funnel converts them; won deals close after a lag and carry independent deal sizes;
/// open deals win, slip and close; recurring revenue decays with churn.
///
/// Two exact routes produce the same joint distribution of everything a trial reports:
/// - without capacity, Poisson thinning and superposition (Kingman 1993, *Poisson
///   Processes*, §5.1): leads of month t that are won and close in month m are
///   Poisson(λ_t · q · c_{m−t}) with q = Π rates, independent across (t, m); so the deals a
///   channel closes in month m are one Poisson(q · Σ_{t≤m} λ_t c_{m−t}) draw, and the deals
///   of all channels that close after the window, which only the trial's count of new won
///   deals needs, are one more Poisson draw with the channels' means summed, from its own
///   stream. Per channel, lead, opportunity and after-window counts are then recorded as
///   their conditional expectations given the trial's parameters (unbiased for the reported
///   means, with less noise).
/// - with capacity, which caps the opportunities of all channels together, counts are drawn
///   stage by stage (`TrialKernel+Capacity`).
///
/// Every random quantity is drawn from its own component's stream for this trial
/// (`ComponentKey`), so the result depends only on (seed, trial), never on scheduling.
struct TrialKernel: Sendable {
    let plan: CompiledPlan
    let streams: KernelStreams

    init(plan: CompiledPlan, seed: UInt64) {
        self.plan = plan
        streams = KernelStreams(plan: plan, seed: seed)
    }

    func run(trial: UInt64, in workspace: TrialWorkspace) {
        workspace.reset()
        let wonRate = drawStageRates(trial: trial, into: workspace)
        if let capacity = plan.capacity {
            runChannelsWithCapacity(capacity.pointee, trial: trial, in: workspace)
        } else {
            for channel in 0..<plan.kernelChannels.count {
                runChannel(channel, wonRate: wonRate, trial: trial, in: workspace)
            }
            if workspace.expectedAfterWindow > 0 {
                var rng = streams.afterWindow.stream(trial: trial)
                workspace.wonDeals += CountDraw.poisson(mean: workspace.expectedAfterWindow, using: &rng)
            }
        }
        if let pipeline = plan.pipeline { runPipeline(pipeline, trial: trial, in: workspace) }
        if let recurring = plan.recurring { runRecurring(recurring.pointee, trial: trial, in: workspace) }
    }

    /// Draws each stage's rate for this trial (from the stage's own stream when uncertain)
    /// and returns the probability that a lead is won, Π rates.
    func drawStageRates(trial: UInt64, into workspace: TrialWorkspace) -> Double {
        var product = 1.0
        for index in 0..<plan.stageRates.count {
            let draw = plan.stageRates[index]
            let rate: Double
            if let value = draw.fixed {
                rate = value
            } else {
                var rng = streams.stages[index].stream(trial: trial)
                rate = CountDraw.rate(draw.sample(using: &rng))
            }
            workspace.stageRates[index] = rate
            product *= rate
        }
        return product
    }

    /// Fills the channel's expected leads for this trial (λ_t × multiplier, never negative).
    func drawExpectedLeads(_ channel: Int, using rng: inout RandomStream, in workspace: TrialWorkspace) {
        let compiled = plan.kernelChannels[channel]
        let multiplier = compiled.uncertainty?.sample(using: &rng) ?? 1
        let lambda = UnsafeMutableBufferPointer(rebasing: workspace.lambda[(channel * plan.months)..<((channel + 1) * plan.months)])
        if let fixed = compiled.fixedLeads {
            for m in lambda.indices { lambda[m] = fixed[m] }
        } else {
            compiled.leads.pointee.draw(into: lambda, using: &rng)
        }
        for m in lambda.indices {
            let value = lambda[m] * multiplier
            lambda[m] = value > 0 ? value : 0
        }
    }

    /// Recurring revenue: MRR_t = MRR_{t−1}·(1 − churn), MRR_{−1} = starting MRR.
    func runRecurring(_ recurring: Recurring, trial: UInt64, in workspace: TrialWorkspace) {
        var rng = streams.recurring.stream(trial: trial)
        var mrr = Swift.max(0, recurring.startingMRR.sample(using: &rng))
        let churn = CountDraw.rate(recurring.churnMonthly.sample(using: &rng))
        let row = plan.recurringSource * plan.months
        for m in 0..<plan.months {
            mrr *= 1 - churn
            workspace.revenue[row + m] = mrr
        }
    }
}
