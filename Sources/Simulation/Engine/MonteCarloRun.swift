import Dispatch

/// Runs trials of one compiled plan in parallel chunks with a deterministic reduction.
///
/// Trials are cut into chunks of `chunkSize` whatever the thread count. Workers take
/// chunks round-robin within a batch; each chunk writes its own slice of per-trial revenue
/// and its own `ChunkSums`, which are folded in chunk order after the batch. Integer tallies
/// are merged in any order (exact). Output is therefore bit-identical for any `threads`.
/// Memory grows by one `Double` per trial (the window revenue); everything else is fixed
/// size, including the optional trial rows, which are buffered one batch at a time.
struct MonteCarloRun {
    /// Trials per chunk: large enough to amortise scheduling, small enough to balance.
    static let chunkSize = 4096
    /// Chunks per batch: progress, precision checks and trial-row hand-off happen between
    /// batches.
    static let chunksPerBatch = 32

    let plan: CompiledPlan
    let seed: UInt64
    let threads: Int

    /// What the run has accumulated so far.
    struct Totals {
        /// Counted window revenue of each trial, in trial order.
        var revenue: [Double] = []
        var sums: ChunkSums
        var tallies: WorkerTallies
        var trials: Int { revenue.count }
    }

    func emptyTotals() -> Totals {
        Totals(sums: ChunkSums(sources: plan.sourceCount, months: plan.months, channels: plan.channels.count),
               tallies: WorkerTallies(months: plan.months))
    }

    /// Extends `totals` to `trials` trials.
    /// - Parameters:
    ///   - progress: called on the calling thread after each batch with the trials done.
    ///   - rows: called on the calling thread with each chunk's trial rows, in trial order.
    func extend(
        _ totals: inout Totals, to trials: Int,
        progress: ((Int) -> Void)?, rows: ((TrialRevenueBlock) -> Void)?
    ) {
        precondition(totals.trials % Self.chunkSize == 0 || totals.trials >= trials, "runs extend whole chunks")
        let kernel = TrialKernel(plan: plan, seed: seed)
        let recorder = ChunkRecorder(plan: plan)
        let workerCount = threads
        var workspaces = (0..<workerCount).map { _ in TrialWorkspace(plan: plan) }
        var workerTallies = (0..<workerCount).map { _ in WorkerTallies(months: plan.months) }
        let rowWidth = plan.sourceCount * plan.months
        let sourceNames = plan.channels.map(\.name) + ["pipeline", "recurring"]
        let countsToward = (0..<plan.sourceCount).map(plan.countsTowardTarget(source:))
        totals.revenue.reserveCapacity(trials)

        while totals.trials < trials {
            let batchStart = totals.trials
            let batchEnd = Swift.min(trials, batchStart + Self.chunkSize * Self.chunksPerBatch)
            let chunkCount = (batchEnd - batchStart + Self.chunkSize - 1) / Self.chunkSize
            var revenue = [Double](repeating: 0, count: batchEnd - batchStart)
            var chunkSums = (0..<chunkCount).map { _ in
                ChunkSums(sources: plan.sourceCount, months: plan.months, channels: plan.channels.count)
            }
            var rowValues = [Double](repeating: 0, count: rows == nil ? 0 : (batchEnd - batchStart) * rowWidth)
            let keepRows = rows != nil

            revenue.withUnsafeMutableBufferPointer { revenueBuffer in
            chunkSums.withUnsafeMutableBufferPointer { sumsBuffer in
            rowValues.withUnsafeMutableBufferPointer { rowBuffer in
            workspaces.withUnsafeMutableBufferPointer { workspaceBuffer in
            workerTallies.withUnsafeMutableBufferPointer { talliesBuffer in
                // Each worker touches only its own workspace and tallies, and only the
                // slices of chunks it owns (chunk index ≡ worker mod workerCount).
                nonisolated(unsafe) let revenueOut = revenueBuffer
                nonisolated(unsafe) let sumsOut = sumsBuffer
                nonisolated(unsafe) let rowsOut = rowBuffer
                nonisolated(unsafe) let workspaceOf = workspaceBuffer
                nonisolated(unsafe) let talliesOf = talliesBuffer
                let work: @Sendable (Int) -> Void = { worker in
                    let workspace = workspaceOf[worker]
                    for chunk in stride(from: worker, to: chunkCount, by: workerCount) {
                        let first = chunk * Self.chunkSize
                        let last = Swift.min(batchEnd - batchStart, first + Self.chunkSize)
                        for offset in first..<last {
                            kernel.run(trial: UInt64(batchStart + offset), in: workspace)
                            revenueOut[offset] = recorder.record(workspace, into: &sumsOut[chunk], &talliesOf[worker])
                            if keepRows {
                                for i in 0..<rowWidth { rowsOut[offset * rowWidth + i] = workspace.revenue[i] }
                            }
                        }
                    }
                }
                if workerCount == 1 {
                    work(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: workerCount, execute: work)
                }
            }}}}}

            for chunk in chunkSums { totals.sums.combine(chunk) }
            totals.revenue.append(contentsOf: revenue)
            if let rows {
                for chunk in 0..<chunkCount {
                    let first = chunk * Self.chunkSize
                    let last = Swift.min(batchEnd - batchStart, first + Self.chunkSize)
                    rows(TrialRevenueBlock(
                        firstTrial: batchStart + first, trialCount: last - first, sources: sourceNames,
                        months: plan.months, countsTowardTarget: countsToward,
                        values: Array(rowValues[(first * rowWidth)..<(last * rowWidth)])))
                }
            }
            progress?(totals.trials)
        }
        for tallies in workerTallies { totals.tallies.merge(tallies) }
    }
}
