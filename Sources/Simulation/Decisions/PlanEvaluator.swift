import Statistics

/// Simulates edited versions of one plan on the same seed and trials, keeping each trial's
/// revenue so that any two evaluations can be paired (common random numbers).
struct PlanEvaluator: Sendable {
    /// Fixed trial count, no precision target.
    let settings: SimulationSettings

    /// Simulates `plan` first, honouring `settings.precision`, and fixes the trial count it
    /// reached for every later evaluation.
    static func start(_ plan: Plan, _ settings: SimulationSettings) throws(SimulationError) -> (PlanEvaluator, PlanEvaluation) {
        let first = try evaluate(plan, settings)
        var fixed = settings
        fixed.trials = first.revenue.count
        fixed.precision = nil
        fixed.maximumTrials = Swift.max(fixed.maximumTrials, fixed.trials)
        return (PlanEvaluator(settings: fixed), first)
    }

    /// - Throws: `SimulationError` when the edited plan is invalid.
    func evaluate(_ plan: Plan) throws(SimulationError) -> PlanEvaluation {
        try Self.evaluate(plan, settings)
    }

    private static func evaluate(_ plan: Plan, _ settings: SimulationSettings) throws(SimulationError) -> PlanEvaluation {
        let simulator = try Simulator(plan: plan)
        return PlanEvaluation(revenue: try simulator.runTotals(settings).revenue, target: simulator.compiled.targetTotal)
    }
}

/// Per-trial window revenue of one plan and its target.
struct PlanEvaluation: Sendable {
    let revenue: [Double]
    let target: Double

    var probabilityOfHit: Estimate {
        let n = Double(revenue.count)
        let p = Double(revenue.reduce(0) { $0 + ($1 >= target ? 1 : 0) }) / n
        return Estimate(value: p, standardError: (p * (1 - p) / n).squareRoot())
    }

    var meanRevenue: Estimate {
        let moments = RunningMoments(revenue)
        let variance = moments.count > 1 ? moments.variance : 0
        return Estimate(value: moments.mean, standardError: (variance / Double(revenue.count)).squareRoot())
    }

    /// `other` minus `self`, trial by trial.
    func difference(to other: PlanEvaluation) -> PairedDifferences {
        PairedDifferences(base: revenue, strategy: other.revenue, baseTarget: target, strategyTarget: other.target)
    }
}
