import Statistics

/// The stream families of a compiled plan's components for one seed, so a trial derives
/// each component's stream with `Family.stream(trial:)` (the same streams as
/// `RandomStream(seed:component:trial:)`, with the seed and component folded once per run).
struct KernelStreams: Sendable {
    /// Each channel's stream.
    let channels: [RandomStream.Family]
    /// The deal-size streams, `dealSizes[channel * months + month]`.
    let dealSizes: [RandomStream.Family]
    /// Each funnel stage's rate stream.
    let stages: [RandomStream.Family]
    let pipeline: RandomStream.Family
    let capacity: RandomStream.Family
    let recurring: RandomStream.Family

    init(plan: CompiledPlan, seed: UInt64) {
        channels = plan.channels.map { RandomStream.Family(seed: seed, component: $0.key) }
        dealSizes = plan.channels.flatMap { channel in
            channel.dealSizeKeys.map { RandomStream.Family(seed: seed, component: $0) }
        }
        stages = plan.stages.map { RandomStream.Family(seed: seed, component: $0.key) }
        pipeline = RandomStream.Family(seed: seed, component: ComponentKey.pipeline)
        capacity = RandomStream.Family(seed: seed, component: ComponentKey.capacity)
        recurring = RandomStream.Family(seed: seed, component: ComponentKey.recurring)
    }
}
