import Statistics

/// A validated plan in the form the trial kernel reads: stream keys, lag tables and
/// certain inputs resolved once, so a trial does only what is random.
///
/// Sources (rows of per-trial revenue) are the channels in plan order, then the pipeline,
/// then recurring revenue. What the kernel reads in every trial (`kernelChannels`,
/// `stageRates`, `lags`, `dealSize`, `pipeline`, `capacity`, `recurring`) is plain values
/// and pointers into `storage`, so a trial copies no reference and no large value (see
/// `KernelStorage`); `@unchecked Sendable` because that memory is immutable once compiled.
struct CompiledPlan: @unchecked Sendable {
    /// Owns the memory behind the kernel's pointers.
    let storage: KernelStorage
    let plan: Plan
    let months: Int
    let channels: [CompiledChannel]
    /// The channels' per-trial inputs, in channel order.
    let kernelChannels: UnsafeBufferPointer<KernelChannel>
    /// Stream keys of the funnel stages, and their rates, in stage order.
    let stageKeys: [StreamKey]
    let stageRates: UnsafeBufferPointer<CompiledDraw>
    let lags: LagTable
    let dealSize: DealSizeSampler
    let pipeline: UnsafePointer<CompiledPipeline>?
    let capacity: UnsafePointer<CompiledCapacity>?
    let recurring: UnsafePointer<Recurring>?

    /// Source row of the pipeline and of recurring revenue.
    var pipelineSource: Int { channels.count }
    var recurringSource: Int { channels.count + 1 }
    var sourceCount: Int { channels.count + 2 }
    /// Whether a source's revenue counts toward the target.
    func countsTowardTarget(source: Int) -> Bool {
        source != recurringSource || (recurring?.pointee.countsTowardTarget ?? false)
    }

    /// Validates and compiles.
    /// - Throws: `SimulationError` listing every problem found.
    init(_ plan: Plan) throws(SimulationError) {
        var validator = PlanValidator()
        validator.validate(plan)
        guard validator.problems.isEmpty else { throw SimulationError(problems: validator.problems) }
        let storage = KernelStorage()
        let months = plan.window.months
        self.storage = storage
        self.plan = plan
        self.months = months
        channels = plan.channels.map { CompiledChannel($0, months: months) }
        kernelChannels = storage.store(plan.channels.map { KernelChannel($0, months: months, storage: storage) })
        stageKeys = plan.funnel.stages.map { ComponentKey.stage($0.name) }
        stageRates = storage.store(plan.funnel.stages.map { CompiledDraw($0.rate, storage: storage) })
        lags = LagTable(probabilities: plan.funnel.cycleMonths, months: months, storage: storage)
        dealSize = DealSizeSampler(plan.funnel.dealSize, storage: storage)
        pipeline = plan.pipeline.map { storage.store(CompiledPipeline($0, months: months, storage: storage)) }
        capacity = plan.capacity.map { storage.store(CompiledCapacity($0)) }
        recurring = plan.recurring.map { storage.store($0) }
    }

    /// Window revenue target.
    var targetTotal: Double { plan.target.total }

    /// Marketing spend over the window (all channels with a spend plan).
    var totalSpend: Double { channels.reduce(0) { $0 + $1.spend } }
}

/// What the results and the stream set-up need to know about a channel.
struct CompiledChannel: Sendable {
    let name: String
    let key: StreamKey
    /// Stream of the sizes of deals closing in each month.
    let dealSizeKeys: [StreamKey]
    /// Window spend (0 for channels without a spend plan).
    let spend: Double
    let hasSpend: Bool

    init(_ channel: Channel, months: Int) {
        name = channel.name
        key = ComponentKey.channel(channel.name)
        dealSizeKeys = (0..<months).map { ComponentKey.dealSizes(channel: channel.name, month: $0) }
        if case .spend(let plan) = channel.leads {
            spend = plan.spend.reduce(0, +)
            hasSpend = true
        } else {
            spend = 0
            hasSpend = false
        }
    }
}

/// What a trial draws for a channel, as plain values and pointers into `KernelStorage`
/// (immutable once compiled).
struct KernelChannel: @unchecked Sendable {
    let uncertainty: CompiledDraw?
    /// λ_t of each month when the lead plan is certain (nil otherwise).
    let fixedLeads: UnsafePointer<Double>?
    /// The lead plan, drawn in every trial when `fixedLeads` is nil.
    let leads: UnsafePointer<ExpectedLeads>

    init(_ channel: Channel, months: Int, storage: KernelStorage) {
        uncertainty = channel.uncertainty.map { CompiledDraw($0, storage: storage) }
        let expected = ExpectedLeads(channel.leads)
        leads = storage.store(expected)
        if case .fixed(let values) = expected, values.count == months {
            fixedLeads = storage.store(values).baseAddress
        } else {
            fixedLeads = nil
        }
    }
}

/// Sales capacity as cohorts of reps sharing a start month and ramp.
struct CompiledCapacity: Sendable {
    struct Cohort: Sendable {
        let count: Int
        let startMonth: Int
        let ramp: [Double]

        /// Productivity in window month `t`: 0 before the start, then the ramp, then 1.
        func factor(month t: Int) -> Double {
            guard t >= startMonth else { return 0 }
            let tenure = t - startMonth
            return tenure < ramp.count ? ramp[tenure] : 1
        }
    }

    let cohorts: [Cohort]
    let opportunitiesPerRep: UncertainValue
    let attrition: UncertainValue

    init(_ capacity: Capacity) {
        cohorts = [Cohort(count: capacity.reps, startMonth: 0, ramp: [])]
            + capacity.hires.map { Cohort(count: $0.count, startMonth: $0.month, ramp: $0.ramp) }
        opportunitiesPerRep = capacity.opportunitiesPerRepMonth
        attrition = capacity.attritionMonthly
    }
}
