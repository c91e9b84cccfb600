import Statistics

extension TrialKernel {
    /// Open deals: each wins with its stage's rate p and, when won, slips one month with
    /// probability `slip`.
    ///
    /// One uniform U per deal decides both: won when U < p, won and slipped when U < p·s.
    /// This is exact, since P(U < p·s) = p·s = P(won) · P(slip | won). The deals of a
    /// (close month, stage) group share p, so their uniforms are compared 64 at a time by
    /// binary digits (`SlicedBernoulli`, thresholds built once per group), and the amounts
    /// of the won deals are added from the pipeline's subset-sum tables
    /// (`CompiledPipeline.sum(word:lanes:laneCount:)`). Rates are drawn once per trial: slip
    /// first, then each stage's win rate in stage-name order, then the deals in (close
    /// month, stage) groups.
    /// - Complexity: O(open deals closing in the window).
    func runPipeline(_ pipeline: CompiledPipeline, trial: UInt64, in workspace: TrialWorkspace) {
        var rng = streams.pipeline.stream(trial: trial)
        let slip = CountDraw.rate(pipeline.slip.sample(using: &rng))
        let rates = workspace.pipelineRates
        for index in 0..<pipeline.stageRates.count {
            rates[index] = CountDraw.rate(pipeline.stageRates[index].sample(using: &rng))
        }
        let row = plan.pipelineSource * plan.months
        for group in pipeline.groups {
            let wins = SlicedBernoulli.Threshold(rates[group.stage])
            let slips = SlicedBernoulli.Threshold(rates[group.stage] * slip)
            var onTime = 0.0
            var slipped = 0.0
            var first = group.range.lowerBound
            var word = group.firstWord
            while first < group.range.upperBound {
                let laneCount = group.range.upperBound - first
                let (won, late) = SlicedBernoulli.draw(lanes: SlicedBernoulli.lowLanes(laneCount), p: wins, q: slips, using: &rng)
                onTime += pipeline.sum(word: word, lanes: won & ~late, laneCount: laneCount)
                slipped += pipeline.sum(word: word, lanes: late, laneCount: laneCount)
                first += SlicedBernoulli.laneCount
                word += 1
            }
            workspace.revenue[row + group.month] += onTime
            if group.month + 1 < plan.months { workspace.revenue[row + group.month + 1] += slipped }
        }
    }
}
