import Statistics

extension TrialKernel {
    /// Open deals: each wins with its stage's rate and, when won, slips one month with
    /// probability `slip`.
    ///
    /// One uniform U per deal decides both: won when U < p, won and slipped when U < p·s.
    /// This is exact, since P(U < p·s) = p·s = P(won) · P(slip | won). U is read 16 bits at a
    /// time (`ExactBernoulli`), so four deals share one 64-bit draw; when none of the four
    /// ties a threshold, the four decisions are made as one SIMD4 comparison and the amounts
    /// selected with bit masks rather than unpredictable branches. Rates are drawn once per
    /// trial: slip first, then each stage's win rate in stage-name order, then the deals in
    /// (close month, stage) groups.
    /// - Complexity: O(open deals closing in the window).
    func runPipeline(_ pipeline: CompiledPipeline, trial: UInt64, in workspace: TrialWorkspace) {
        var rng = RandomStream(seed: seed, component: ComponentKey.pipeline, trial: trial)
        let slip = CountDraw.rate(pipeline.slip.sample(using: &rng))
        let rates = workspace.pipelineRates
        for (index, rate) in pipeline.stageRates.enumerated() { rates[index] = CountDraw.rate(rate.sample(using: &rng)) }
        let row = plan.pipelineSource * plan.months
        let chunk = ExactBernoulli.chunkBits
        pipeline.amounts.withUnsafeBufferPointer { amounts in
            for group in pipeline.groups {
                let win = ExactBernoulli(probability: rates[group.stage])
                let slipped = ExactBernoulli(probability: rates[group.stage] * slip)
                var sums = (onTime: 0.0, slipped: 0.0)
                // Lane-wise sums of the untied words, four deals at a time.
                var onTimeLanes = SIMD4<Double>()
                var slippedLanes = SIMD4<Double>()
                let winHigh = SIMD4<UInt64>(repeating: win.high)
                let slipHigh = SIMD4<UInt64>(repeating: slipped.high)
                let shifts = SIMD4<UInt64>(0, chunk, 2 * chunk, 3 * chunk)
                let mask = ExactBernoulli.chunkMask
                let winLanes = win.lanePattern
                let slipLanes = slipped.lanePattern
                var index = group.range.lowerBound
                while index + 3 < group.range.upperBound {
                    let bits = rng.next()
                    if ExactBernoulli.anyLane(of: bits, equals: winLanes) || ExactBernoulli.anyLane(of: bits, equals: slipLanes) {
                        // A 16-bit tie somewhere in this word (probability ≈ 2⁻¹³): decide
                        // the four deals one by one, resolving ties with further bits.
                        for lane in 0..<4 {
                            Self.addDeal(amounts[index + lane], u: (bits >> (UInt64(lane) * chunk)) & mask, win, slipped, &sums, &rng)
                        }
                    } else {
                        // No ties: each lane's 16 bits decide; masks select the amounts.
                        let lanes = (SIMD4<UInt64>(repeating: bits) &>> shifts) & SIMD4(repeating: mask)
                        let wonMask = SIMD4<UInt64>() &- ((lanes &- winHigh) &>> 63)
                        let slipMask = SIMD4<UInt64>() &- ((lanes &- slipHigh) &>> 63)
                        let amountBits = SIMD4<UInt64>(
                            amounts[index].bitPattern, amounts[index + 1].bitPattern,
                            amounts[index + 2].bitPattern, amounts[index + 3].bitPattern)
                        onTimeLanes += unsafeBitCast(amountBits & wonMask & ~slipMask, to: SIMD4<Double>.self)
                        slippedLanes += unsafeBitCast(amountBits & slipMask, to: SIMD4<Double>.self)
                    }
                    index += 4
                }
                if index < group.range.upperBound {
                    var bits = rng.next()
                    for last in index..<group.range.upperBound {
                        Self.addDeal(amounts[last], u: bits & mask, win, slipped, &sums, &rng)
                        bits >>= chunk
                    }
                }
                let onTime = onTimeLanes.sum() + sums.onTime
                let late = slippedLanes.sum() + sums.slipped
                workspace.revenue[row + group.month] += onTime
                if group.month + 1 < plan.months { workspace.revenue[row + group.month + 1] += late }
            }
        }
    }

    /// Adds one deal's amount to on-time or slipped revenue (or neither) from its 16 bits `u`.
    @inline(__always)
    private static func addDeal(
        _ amount: Double, u: UInt64, _ win: ExactBernoulli, _ slip: ExactBernoulli,
        _ sums: inout (onTime: Double, slipped: Double), _ rng: inout RandomStream
    ) {
        var wonMask = win.mask(u)
        var slipMask = slip.mask(u)
        if u == win.high || u == slip.high {
            let tail = rng.next() >> 11
            wonMask = win.decide(u, tail: tail) ? ~0 : 0
            slipMask = slip.decide(u, tail: tail) ? ~0 : 0
        }
        sums.onTime += Double(bitPattern: amount.bitPattern & wonMask & ~slipMask)
        sums.slipped += Double(bitPattern: amount.bitPattern & slipMask)
    }
}
