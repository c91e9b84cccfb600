/// Runs a base plan and its strategies on common random numbers and pairs their trials.
public struct Comparator: Sendable {
    public let base: Simulator
    public let strategies: [Simulator]

    /// Validates every plan.
    /// - Throws: `SimulationError` with the problems of every plan, each path prefixed by
    ///   the plan's name.
    public init(base: Plan, strategies: [Plan]) throws(SimulationError) {
        var problems: [SimulationError.Problem] = []
        var simulators: [Simulator] = []
        for plan in [base] + strategies {
            do {
                simulators.append(try Simulator(plan: plan))
            } catch {
                problems += error.problems.map { .init(path: "\(plan.name): \($0.path)", expected: $0.expected, found: $0.found) }
            }
        }
        guard problems.isEmpty else { throw SimulationError(problems: problems) }
        self.base = simulators[0]
        self.strategies = Array(simulators.dropFirst())
    }

    /// Simulates the base (reaching `settings.precision` if set), then every strategy with
    /// the same seed and trial count, and compares each with the base trial by trial.
    /// - Parameter progress: trials done over all plans.
    /// - Complexity: memory 8 bytes per trial for the base and for the strategy being run.
    public func run(_ settings: SimulationSettings, progress: ((SimulationProgress) -> Void)? = nil) throws(SimulationError) -> Comparison {
        let plans = strategies.count + 1
        let baseTotals = try base.runTotals(settings, progress: progress.map { callback in
            { callback(SimulationProgress(trialsDone: $0.trialsDone, trialsPlanned: $0.trialsPlanned * plans)) }
        })
        let trials = baseTotals.trials
        var fixed = settings
        fixed.trials = trials
        fixed.precision = nil
        var comparisons: [StrategyComparison] = []
        for (index, strategy) in strategies.enumerated() {
            let totals = try strategy.runTotals(fixed, progress: progress.map { callback in
                { callback(SimulationProgress(trialsDone: trials * (index + 1) + $0.trialsDone, trialsPlanned: trials * plans)) }
            })
            let paired = PairedDifferences(
                base: baseTotals.revenue, strategy: totals.revenue,
                baseTarget: base.compiled.targetTotal, strategyTarget: strategy.compiled.targetTotal)
            let result = ResultBuilder(plan: strategy.compiled, seed: settings.seed, precisionTarget: nil).build(totals)
            comparisons.append(paired.comparison(result, spendDifference: strategy.compiled.totalSpend - base.compiled.totalSpend))
        }
        let baseResult = ResultBuilder(plan: base.compiled, seed: settings.seed, precisionTarget: settings.precision).build(baseTotals)
        return Comparison(base: baseResult, strategies: comparisons)
    }
}
