import Statistics

/// The stream families of a compiled plan's components for one seed, so a trial derives
/// each component's stream with `Family.stream(trial:)` (the same streams as
/// `RandomStream(seed:component:trial:)`, with the seed and component folded once per run).
///
/// The families sit in the run's `KernelStorage` and are read through plain pointers, so a
/// trial retains nothing (`@unchecked Sendable`: immutable after `init`).
struct KernelStreams: @unchecked Sendable {
    /// Owns the memory behind the family tables.
    let storage = KernelStorage()
    /// Each channel's stream.
    let channels: UnsafeBufferPointer<RandomStream.Family>
    /// The deal-size streams, `dealSizes[channel * months + month]`.
    let dealSizes: UnsafeBufferPointer<RandomStream.Family>
    /// Each funnel stage's rate stream.
    let stages: UnsafeBufferPointer<RandomStream.Family>
    /// The count of new deals closing after the window, all channels together.
    let afterWindow: RandomStream.Family
    let pipeline: RandomStream.Family
    let capacity: RandomStream.Family
    let recurring: RandomStream.Family

    init(plan: CompiledPlan, seed: UInt64) {
        channels = storage.store(plan.channels.map { RandomStream.Family(seed: seed, component: $0.key) })
        dealSizes = storage.store(plan.channels.flatMap { channel in
            channel.dealSizeKeys.map { RandomStream.Family(seed: seed, component: $0) }
        })
        stages = storage.store(plan.stageKeys.map { RandomStream.Family(seed: seed, component: $0) })
        afterWindow = RandomStream.Family(seed: seed, component: ComponentKey.afterWindow)
        pipeline = RandomStream.Family(seed: seed, component: ComponentKey.pipeline)
        capacity = RandomStream.Family(seed: seed, component: ComponentKey.capacity)
        recurring = RandomStream.Family(seed: seed, component: ComponentKey.recurring)
    }
}
