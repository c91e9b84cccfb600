/// The Monte Carlo engine for one plan: validate once, then run as often as needed.
///
/// ```swift
/// let simulator = try Simulator(plan: plan)
/// let result = try simulator.run(SimulationSettings(trials: 100_000, seed: 1))
/// print(result.probabilityOfHit.value)
/// ```
public struct Simulator: Sendable {
    /// Margin on the trial count predicted to reach a precision target, so one extension
    /// usually suffices despite the noise in the current P(hit).
    static let precisionMargin = 1.02

    public let plan: Plan
    let compiled: CompiledPlan

    /// Validates `plan`.
    /// - Throws: `SimulationError` listing every problem (wrong list lengths, rates outside
    ///   [0, 1], negative amounts, unknown pipeline stages, …).
    public init(plan: Plan) throws(SimulationError) {
        self.plan = plan
        compiled = try CompiledPlan(plan)
    }

    /// Runs the simulation.
    /// - Parameters:
    ///   - settings: trials, seed, threads and optional precision target.
    ///   - progress: called on the calling thread between batches of trials.
    ///   - trialRows: called on the calling thread with every trial's revenue by source and
    ///     month, in trial order, a block at a time (for `--trials-out`).
    /// - Throws: `SimulationError` when the settings are invalid.
    /// - Complexity: O(trials × (months² × channels + deals closing in the window));
    ///   memory 8 bytes per trial plus fixed buffers.
    public func run(
        _ settings: SimulationSettings, progress: ((SimulationProgress) -> Void)? = nil,
        trialRows: ((TrialRevenueBlock) -> Void)? = nil
    ) throws(SimulationError) -> SimulationResult {
        let totals = try runTotals(settings, progress: progress, trialRows: trialRows)
        return ResultBuilder(plan: compiled, seed: settings.seed, precisionTarget: settings.precision).build(totals)
    }

    /// Runs the trials and returns the raw totals (per-trial revenue in trial order).
    func runTotals(
        _ settings: SimulationSettings, progress: ((SimulationProgress) -> Void)? = nil,
        trialRows: ((TrialRevenueBlock) -> Void)? = nil
    ) throws(SimulationError) -> MonteCarloRun.Totals {
        let problems = settings.problems
        guard problems.isEmpty else { throw SimulationError(problems: problems) }
        let run = MonteCarloRun(plan: compiled, seed: settings.seed, threads: settings.threads)
        var totals = run.emptyTotals()
        let chunk = MonteCarloRun.chunkSize
        var goal = settings.trials
        if settings.precision != nil { goal = Swift.min(settings.maximumTrials, Self.roundUp(goal, to: chunk)) }
        let report = progress.map { callback in
            { (done: Int) in callback(SimulationProgress(trialsDone: done, trialsPlanned: goal)) }
        }
        run.extend(&totals, to: goal, progress: report, rows: trialRows)
        while let precision = settings.precision, totals.trials < settings.maximumTrials {
            let n = Double(totals.trials)
            let target = compiled.targetTotal
            let p = Double(totals.revenue.reduce(0) { $0 + ($1 >= target ? 1 : 0) }) / n
            if (p * (1 - p) / n).squareRoot() <= precision { break }
            let needed = Int((p * (1 - p) / (precision * precision) * Self.precisionMargin).rounded(.up))
            goal = Swift.min(settings.maximumTrials, Self.roundUp(Swift.max(needed, totals.trials + chunk), to: chunk))
            run.extend(&totals, to: goal, progress: report, rows: trialRows)
        }
        guard totals.sums.isFinite else { throw SimulationError(problems: [Self.overflow]) }
        return totals
    }

    /// Totals that left the range of doubles: reported rather than summarised into NaN.
    static let overflow = SimulationError.Problem(
        path: "plan", expected: "amounts and counts whose per-trial totals stay below about 10^150",
        found: "revenue or counts that overflow to infinity; look for a deal size, amount, MRR, spend or lead count of impossible magnitude")

    static func roundUp(_ value: Int, to multiple: Int) -> Int {
        (value + multiple - 1) / multiple * multiple
    }
}

/// How far a run has come.
public struct SimulationProgress: Sendable, Equatable {
    public var trialsDone: Int
    /// The current goal (it can rise while a precision target is being reached).
    public var trialsPlanned: Int

    public var fraction: Double { trialsPlanned > 0 ? Swift.min(1, Double(trialsDone) / Double(trialsPlanned)) : 1 }
}
