import Dispatch
import Synchronization

/// Runs trials of one compiled plan in parallel chunks with a deterministic reduction.
///
/// Trials are cut into chunks of `chunkSize` whatever the thread count. Within a batch each
/// worker claims the next unclaimed chunk (so a worker slowed by other work on its core
/// takes fewer chunks rather than holding up the batch); each chunk writes its own slice of
/// per-trial revenue and its own `ChunkSums`, which are folded in chunk order after the
/// batch. Integer tallies are merged in any order (exact). Output is therefore
/// bit-identical for any `threads` and any schedule.
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
            workerTallies.withUnsafeMutableBufferPointer { talliesBuffer in
                // Each worker touches only its own tallies and the slices of the chunks it
                // claimed. What it writes in every trial (workspace, chunk sums, tallies) is
                // allocated on its own thread and merged once per chunk or batch, so two
                // workers never write to one cache line trial after trial.
                let claims = ChunkClaims()
                nonisolated(unsafe) let revenueOut = revenueBuffer
                nonisolated(unsafe) let sumsOut = sumsBuffer
                nonisolated(unsafe) let rowsOut = rowBuffer
                nonisolated(unsafe) let talliesOf = talliesBuffer
                let work: @Sendable (Int) -> Void = { worker in
                    let workspace = TrialWorkspace(plan: plan)
                    var tallies = WorkerTallies(months: plan.months)
                    while case let chunk = claims.next(), chunk < chunkCount {
                        let first = chunk * Self.chunkSize
                        let last = Swift.min(batchEnd - batchStart, first + Self.chunkSize)
                        var sums = ChunkSums(sources: plan.sourceCount, months: plan.months, channels: plan.channels.count)
                        for offset in first..<last {
                            kernel.run(trial: UInt64(batchStart + offset), in: workspace)
                            revenueOut[offset] = recorder.record(workspace, into: &sums, &tallies)
                            if keepRows {
                                for i in 0..<rowWidth { rowsOut[offset * rowWidth + i] = workspace.revenue[i] }
                            }
                        }
                        sumsOut[chunk] = sums
                    }
                    talliesOf[worker].merge(tallies)
                }
                if workerCount == 1 {
                    work(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: workerCount, execute: work)
                }
            }}}}

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

/// Hands out chunk indices 0, 1, 2, … to the workers of one batch, each index once.
private final class ChunkClaims: Sendable {
    private let counter = Atomic<Int>(0)

    /// The next unclaimed chunk index.
    func next() -> Int {
        counter.wrappingAdd(1, ordering: .relaxed).oldValue
    }
}
