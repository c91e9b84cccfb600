import Statistics

extension TrialKernel {
    /// Open deals: each wins with its stage's rate p and, when won, slips one month with
    /// probability `slip`.
    ///
    /// The deals of a (close month, stage) group share p, so their decisions are drawn 64 at
    /// a time by binary digits (`SlicedBernoulli`, the win threshold built once per group and
    /// the slip threshold once per trial): first which deals win, then, among the winners
    /// only, which slip, from the digits that follow. So a deal is won and on time with
    /// probability p·(1 − slip) and won and slipped with p·slip, independently across deals.
    /// The amounts of the won deals are added from the pipeline's subset-sum tables
    /// (`CompiledPipeline.sum(word:lanes:laneCount:)`). Rates are drawn once per trial: slip
    /// first, then each stage's win rate in stage-name order, then the deals in (close
    /// month, stage) groups. A deal of the window's last month that slips closes after the
    /// window, so those groups add no slipped amounts.
    /// - Complexity: O(open deals closing in the window).
    func runPipeline(_ pipeline: UnsafePointer<CompiledPipeline>, trial: UInt64, in workspace: TrialWorkspace) {
        let pipeline = pipeline.pointee
        var rng = streams.pipeline.stream(trial: trial)
        let slip = CountDraw.rate(pipeline.slip.sample(using: &rng))
        let rates = workspace.pipelineRates
        for index in 0..<pipeline.stageRates.count {
            rates[index] = CountDraw.rate(pipeline.stageRates[index].sample(using: &rng))
        }
        let row = plan.pipelineSource * plan.months
        let slips = SlicedBernoulli.Threshold(slip)
        for group in pipeline.groups {
            let wins = SlicedBernoulli.Threshold(rates[group.stage])
            let lastMonth = group.month + 1 == plan.months
            var onTime = 0.0
            var slipped = 0.0
            var first = group.range.lowerBound
            var word = group.firstWord
            while first < group.range.upperBound {
                let laneCount = group.range.upperBound - first
                let won = SlicedBernoulli.draw(lanes: SlicedBernoulli.lowLanes(laneCount), below: wins, using: &rng)
                let late = SlicedBernoulli.draw(lanes: won, below: slips, using: &rng)
                onTime += pipeline.sum(word: word, lanes: won & ~late, laneCount: laneCount)
                if !lastMonth { slipped += pipeline.sum(word: word, lanes: late, laneCount: laneCount) }
                first += SlicedBernoulli.laneCount
                word += 1
            }
            workspace.revenue[row + group.month] += onTime
            if !lastMonth { workspace.revenue[row + group.month + 1] += slipped }
        }
    }
}
