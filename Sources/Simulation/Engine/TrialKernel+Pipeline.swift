import Statistics

extension TrialKernel {
    /// Open deals: each wins with its stage's rate p and, when won, slips one month with
    /// probability `slip`.
    ///
    /// One uniform U per deal decides both: won when U < p, won and slipped when U < p·s.
    /// This is exact, since P(U < p·s) = p·s = P(won) · P(slip | won). The deals of a
    /// (close month, stage) group share p, so their uniforms are compared 64 at a time by
    /// binary digits (`SlicedBernoulli`), and the amounts of the won deals are added by
    /// walking the set bits. Rates are drawn once per trial: slip first, then each stage's
    /// win rate in stage-name order, then the deals in (close month, stage) groups.
    /// - Complexity: O(open deals closing in the window).
    func runPipeline(_ pipeline: CompiledPipeline, trial: UInt64, in workspace: TrialWorkspace) {
        var rng = streams.pipeline.stream(trial: trial)
        let slip = CountDraw.rate(pipeline.slip.sample(using: &rng))
        let rates = workspace.pipelineRates
        for (index, rate) in pipeline.stageRates.enumerated() { rates[index] = CountDraw.rate(rate.sample(using: &rng)) }
        let row = plan.pipelineSource * plan.months
        pipeline.amounts.withUnsafeBufferPointer { amounts in
            var generator = rng
            for group in pipeline.groups {
                let win = rates[group.stage]
                var onTime = 0.0
                var slipped = 0.0
                var first = group.range.lowerBound
                while first < group.range.upperBound {
                    let lanes = SlicedBernoulli.lowLanes(group.range.upperBound - first)
                    let (won, late) = SlicedBernoulli.draw(lanes: lanes, p: win, q: win * slip, using: &generator)
                    onTime += Self.sum(amounts, from: first, lanes: won & ~late)
                    slipped += Self.sum(amounts, from: first, lanes: late)
                    first += SlicedBernoulli.laneCount
                }
                workspace.revenue[row + group.month] += onTime
                if group.month + 1 < plan.months { workspace.revenue[row + group.month + 1] += slipped }
            }
            rng = generator
        }
    }

    /// Σ amounts[first + j] over the set bits j of `lanes`, alternating between two partial
    /// sums so consecutive additions do not wait for each other.
    @inline(__always)
    private static func sum(_ amounts: UnsafeBufferPointer<Double>, from first: Int, lanes: UInt64) -> Double {
        var even = 0.0
        var odd = 0.0
        var rest = lanes
        while rest != 0 {
            even += amounts[first &+ rest.trailingZeroBitCount]
            rest &= rest &- 1
            guard rest != 0 else { break }
            odd += amounts[first &+ rest.trailingZeroBitCount]
            rest &= rest &- 1
        }
        return even + odd
    }
}
