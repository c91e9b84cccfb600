import Statistics

/// One worker's scratch memory, reused for every trial it runs (nothing is allocated per
/// trial, per lead or per deal).
///
/// Not thread-safe: each worker owns its workspace.
final class TrialWorkspace {
    let months: Int
    let sourceCount: Int
    let channelCount: Int
    /// Revenue closing in the window, source-major: `revenue[source * months + month]`.
    let revenue: UnsafeMutableBufferPointer<Double>
    /// Funnel counts, `funnel[channel * FunnelCount.allCases.count + count.rawValue]`.
    let funnel: UnsafeMutableBufferPointer<Double>
    /// Expected leads, `lambda[channel * months + month]`.
    let lambda: UnsafeMutableBufferPointer<Double>
    /// Opportunities created, then worked, `opportunities[channel * months + month]`.
    let opportunities: UnsafeMutableBufferPointer<Int>
    /// Counted revenue of each month, while a trial is recorded (`ChunkRecorder`).
    let monthTotals: UnsafeMutableBufferPointer<Double>
    /// This trial's conversion rate of each funnel stage.
    let stageRates: UnsafeMutableBufferPointer<Double>
    /// This trial's win rate of each pipeline stage.
    let pipelineRates: UnsafeMutableBufferPointer<Double>
    /// Each channel's stream, kept between the phases of a capacity-limited trial.
    var channelStreams: [RandomStream]
    /// One channel's deal-size stream of each month, during a capacity-limited trial.
    var sizeStreams: [RandomStream]
    /// New deals won from the window's leads (closing inside or after the window).
    var wonDeals = 0
    /// Σ over channels of the expected number of new deals closing after the window, given
    /// this trial's parameters (without capacity limits).
    var expectedAfterWindow = 0.0
    /// Funnel counts per channel (`FunnelCount.allCases.count`, kept to avoid rebuilding
    /// `allCases` in the hot loop).
    let funnelWidth = FunnelCount.allCases.count

    init(plan: CompiledPlan) {
        months = plan.months
        sourceCount = plan.sourceCount
        channelCount = plan.channels.count
        revenue = .allocate(capacity: sourceCount * months)
        funnel = .allocate(capacity: Swift.max(1, channelCount * FunnelCount.allCases.count))
        lambda = .allocate(capacity: Swift.max(1, channelCount * months))
        monthTotals = .allocate(capacity: months)
        opportunities = .allocate(capacity: Swift.max(1, channelCount * months))
        stageRates = .allocate(capacity: Swift.max(1, plan.stageRates.count))
        pipelineRates = .allocate(capacity: Swift.max(1, plan.pipeline?.pointee.stageRates.count ?? 0))
        channelStreams = Array(repeating: RandomStream(seed: 0), count: channelCount)
        sizeStreams = Array(repeating: RandomStream(seed: 0), count: months)
    }

    deinit {
        revenue.deallocate()
        funnel.deallocate()
        lambda.deallocate()
        monthTotals.deallocate()
        opportunities.deallocate()
        stageRates.deallocate()
        pipelineRates.deallocate()
    }

    /// Clears the per-trial outputs.
    func reset() {
        revenue.update(repeating: 0)
        funnel.update(repeating: 0)
        wonDeals = 0
        expectedAfterWindow = 0
    }

    /// Adds `value` to a channel's funnel count.
    @inline(__always)
    func add(_ value: Double, to count: FunnelCount, channel: Int) {
        funnel[channel * funnelWidth + count.rawValue] += value
    }
}
