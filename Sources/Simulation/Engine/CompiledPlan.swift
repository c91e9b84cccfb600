import Statistics

/// A validated plan in the form the trial kernel reads: stream keys, lag tables and
/// certain inputs resolved once, so a trial does only what is random.
///
/// Sources (rows of per-trial revenue) are the channels in plan order, then the pipeline,
/// then recurring revenue.
struct CompiledPlan: Sendable {
    let plan: Plan
    let months: Int
    let channels: [CompiledChannel]
    let stages: [CompiledStage]
    let lags: LagTable
    let dealSize: DealSizeSampler
    let pipeline: CompiledPipeline?
    let capacity: CompiledCapacity?
    let recurring: Recurring?

    /// Source row of the pipeline and of recurring revenue.
    var pipelineSource: Int { channels.count }
    var recurringSource: Int { channels.count + 1 }
    var sourceCount: Int { channels.count + 2 }
    /// Whether a source's revenue counts toward the target.
    func countsTowardTarget(source: Int) -> Bool {
        source != recurringSource || (recurring?.countsTowardTarget ?? false)
    }

    /// Validates and compiles.
    /// - Throws: `SimulationError` listing every problem found.
    init(_ plan: Plan) throws(SimulationError) {
        var validator = PlanValidator()
        validator.validate(plan)
        guard validator.problems.isEmpty else { throw SimulationError(problems: validator.problems) }
        self.plan = plan
        months = plan.window.months
        channels = plan.channels.map { CompiledChannel($0, months: plan.window.months) }
        stages = plan.funnel.stages.map { CompiledStage(key: ComponentKey.stage($0.name), rate: $0.rate) }
        lags = LagTable(probabilities: plan.funnel.cycleMonths, months: plan.window.months)
        dealSize = DealSizeSampler(plan.funnel.dealSize)
        pipeline = plan.pipeline.map { CompiledPipeline($0, months: plan.window.months) }
        capacity = plan.capacity.map(CompiledCapacity.init)
        recurring = plan.recurring
    }

    /// Window revenue target.
    var targetTotal: Double { plan.target.total }

    /// Marketing spend over the window (all channels with a spend plan).
    var totalSpend: Double { channels.reduce(0) { $0 + $1.spend } }
}

/// A channel ready for the kernel (a class, so the kernel reads its fields without copying
/// the whole value on every access).
final class CompiledChannel: Sendable {
    let name: String
    let key: StreamKey
    /// Stream of the sizes of deals closing in each month.
    let dealSizeKeys: [StreamKey]
    let uncertainty: CompiledDraw?
    let expected: ExpectedLeads
    /// Window spend (0 for channels without a spend plan).
    let spend: Double
    let hasSpend: Bool

    init(_ channel: Channel, months: Int) {
        name = channel.name
        key = ComponentKey.channel(channel.name)
        dealSizeKeys = (0..<months).map { ComponentKey.dealSizes(channel: channel.name, month: $0) }
        uncertainty = channel.uncertainty.map(CompiledDraw.init)
        expected = ExpectedLeads(channel.leads)
        if case .spend(let plan) = channel.leads {
            spend = plan.spend.reduce(0, +)
            hasSpend = true
        } else {
            spend = 0
            hasSpend = false
        }
    }
}

/// A funnel stage's rate and the stream it is drawn from when uncertain.
final class CompiledStage: Sendable {
    let key: StreamKey
    let rate: CompiledDraw

    init(key: StreamKey, rate: UncertainValue) {
        self.key = key
        self.rate = CompiledDraw(rate)
    }
}

/// Lag probabilities with the tail sums the kernel needs.
struct LagTable: Sendable {
    /// c_ℓ, the probability that a deal closes ℓ months after its lead month.
    let probabilities: [Double]
    /// c_ℓ / Σ_{j≥ℓ} c_j: the chance of lag ℓ given the lag is at least ℓ (sequential
    /// binomial split of a multinomial); 0 where the tail is empty.
    let conditional: [Double]
    /// For lead month t, the probability that its deal closes after the window,
    /// Σ_{ℓ ≥ M − t} c_ℓ (summed over the tail, not 1 − head, to avoid cancellation).
    let afterWindow: [Double]

    init(probabilities: [Double], months: Int) {
        self.probabilities = probabilities
        var tails = [Double](repeating: 0, count: probabilities.count + 1)
        for lag in stride(from: probabilities.count - 1, through: 0, by: -1) {
            tails[lag] = tails[lag + 1] + probabilities[lag]
        }
        conditional = probabilities.indices.map { tails[$0] > 0 ? Swift.min(1, probabilities[$0] / tails[$0]) : 0 }
        afterWindow = (0..<months).map { t in
            let firstLate = months - t
            return firstLate < tails.count ? tails[firstLate] : 0
        }
    }

    /// c_ℓ, 0 beyond the table.
    @inline(__always)
    func probability(_ lag: Int) -> Double {
        lag < probabilities.count ? probabilities[lag] : 0
    }
}

/// Open deals grouped by (close month, stage), amounts stored contiguously, so a trial
/// walks one flat array.
struct CompiledPipeline: Sendable {
    struct Group: Sendable {
        /// Close month inside the window (overdue deals close in month 0).
        let month: Int
        /// Index into `stageRates`.
        let stage: Int
        /// The group's deals in `amounts`.
        let range: Range<Int>
    }

    /// Win rate per stage, in stage-name order (the order rates are drawn in).
    let stageRates: [CompiledDraw]
    let slip: CompiledDraw
    /// Deals planned to close after the window can only slip later, so they never count
    /// and are left out.
    let groups: [Group]
    let amounts: [Double]

    init(_ pipeline: Pipeline, months: Int) {
        let stageNames = pipeline.winRates.keys.sorted()
        let stageIndex = Dictionary(uniqueKeysWithValues: stageNames.enumerated().map { ($1, $0) })
        stageRates = stageNames.map { CompiledDraw(pipeline.winRates[$0] ?? .fixed(0)) }
        slip = CompiledDraw(pipeline.slip)
        var grouped: [Int: [Int: [Double]]] = [:]
        for deal in pipeline.deals where deal.closeMonth < months {
            guard let stage = stageIndex[deal.stage] else { continue }
            grouped[Swift.max(0, deal.closeMonth), default: [:]][stage, default: []].append(deal.amount)
        }
        var groups: [Group] = []
        var amounts: [Double] = []
        for month in grouped.keys.sorted() {
            let byStage = grouped[month] ?? [:]
            for stage in byStage.keys.sorted() {
                let start = amounts.count
                amounts += byStage[stage] ?? []
                groups.append(Group(month: month, stage: stage, range: start..<amounts.count))
            }
        }
        self.groups = groups
        self.amounts = amounts
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
