import Statistics

/// Runs a tornado analysis of a plan on common random numbers.
///
/// Every evaluation uses the same seed and trial count, so trial j of every edited plan
/// shares all random numbers of the components the edit leaves alone: the P10-versus-P90
/// differences are differences in the input, measured trial by trial. Each uncertain input
/// drawn once per trial also gets its variance share from three more runs (see
/// `ConditionalVarianceRule`).
///
/// Deal size is drawn anew for every deal, so holding every deal at the distribution's P10
/// would describe a quarter of uniformly tiny deals, far outside what the plan means; its
/// bars instead move the average deal size by ± `swing` (shape kept, see
/// `PlanInput.shiftingMean`) and it has no variance share. Included fixed inputs move by
/// ± `swing` the same way.
public struct SensitivityAnalysis: Sendable {
    public let plan: Plan
    /// Uncertain inputs, then the included fixed ones.
    public let inputs: [PlanInput]
    public let included: Set<PlanInput>
    public let swing: Double

    /// - Parameters:
    ///   - include: fixed inputs to swing by ± `swing` (uncertain ones are always analysed).
    ///   - swing: relative change for included inputs, in (0, 1).
    /// - Throws: `SimulationError` for an invalid plan, a swing outside (0, 1), or an
    ///   included input that is already uncertain, cannot be scaled (`capacity.hires`), or is
    ///   named twice.
    public init(plan: Plan, include: [PlanInput] = [], swing: Double = 0.2) throws(SimulationError) {
        _ = try Simulator(plan: plan)
        var problems: [SimulationError.Problem] = []
        if !(swing > 0 && swing < 1) { problems.append(.init(path: "swing", expected: "a share in (0, 1), e.g. 0.2", found: "\(swing)")) }
        let uncertain = PlanInput.uncertainInputs(of: plan)
        for input in include {
            if uncertain.contains(input) {
                problems.append(.init(path: input.path, expected: "a fixed input (uncertain inputs are always in the tornado)", found: "a distribution"))
            } else if input.kind == .hires {
                problems.append(.init(path: input.path, expected: "an input with a value to swing", found: "a hiring count (use solve)"))
            } else if !input.value(in: plan).isFixed {
                problems.append(.init(path: input.path, expected: "a fixed input", found: "a distribution"))
            }
        }
        if Set(include).count != include.count { problems.append(.init(path: "include", expected: "each input once", found: "a repeated input")) }
        guard problems.isEmpty else { throw SimulationError(problems: problems) }
        self.plan = plan
        inputs = uncertain + include
        included = Set(include)
        self.swing = swing
    }

    /// Evaluations needed: 1 for the plan, 5 per uncertain input drawn once per trial, 2 per
    /// other input.
    public var evaluationCount: Int {
        1 + inputs.reduce(0) { $0 + (included.contains($1) || !$1.isDrawnPerTrial ? 2 : ConditionalVarianceRule.fivePoint.nodes.count) }
    }

    /// - Parameter progress: evaluations done and planned, after each one.
    /// - Throws: `SimulationError` for invalid settings or an edit that makes the plan
    ///   invalid (e.g. a P10 outside what the plan allows).
    public func run(_ settings: SimulationSettings, progress: ((SimulationProgress) -> Void)? = nil) throws(SimulationError) -> Sensitivity {
        let planned = evaluationCount
        var done = 0
        let (evaluator, base) = try PlanEvaluator.start(plan, settings)
        func evaluate(_ edited: Plan) throws(SimulationError) -> PlanEvaluation {
            let evaluation = try evaluator.evaluate(edited)
            done += 1
            progress?(SimulationProgress(trialsDone: done + 1, trialsPlanned: planned))
            return evaluation
        }
        let baseRevenue = RunningMoments(base.revenue)
        let variance = baseRevenue.count > 1 ? baseRevenue.variance : 0
        var bars: [InputSensitivity] = []
        for input in inputs {
            bars.append(try bar(input, variance: variance, evaluate: evaluate))
        }
        bars.sort { lhs, rhs in
            let l = abs(lhs.probabilityOfHitSwing.value), r = abs(rhs.probabilityOfHitSwing.value)
            return l != r ? l > r : abs(lhs.meanRevenueSwing.value) > abs(rhs.meanRevenueSwing.value)
        }
        return Sensitivity(planName: plan.name, seed: settings.seed, trials: base.revenue.count, target: base.target,
                           probabilityOfHit: base.probabilityOfHit, meanRevenue: base.meanRevenue,
                           revenueVariance: variance, swing: swing, inputs: bars)
    }

    private func bar(_ input: PlanInput, variance: Double,
                     evaluate: (Plan) throws(SimulationError) -> PlanEvaluation) throws(SimulationError) -> InputSensitivity {
        let isIncluded = included.contains(input)
        let value = input.value(in: plan)
        let levels: [Double]
        var share: Estimate?
        var runs: [PlanEvaluation] = []
        if isIncluded || !input.isDrawnPerTrial {
            let level = input.level(in: plan)
            levels = [level * (1 - swing), level * (1 + swing)]
            for level in levels { runs.append(try evaluate(input.shiftingMean(plan, to: level))) }
            share = isIncluded ? Estimate(value: 0, standardError: 0) : nil
        } else {
            let rule = ConditionalVarianceRule.fivePoint
            for p in rule.probabilities { runs.append(try evaluate(input.fixing(plan, at: value.quantile(p)))) }
            let conditional = rule.conditionalVariance(runs.map(\.revenue))
            share = variance > 0 ? Estimate(value: conditional.value / variance, standardError: conditional.standardError / variance)
                                 : Estimate(value: 0, standardError: 0)
            levels = [value.quantile(Sensitivity.lowQuantile), value.quantile(Sensitivity.highQuantile)]
            runs = [runs[1], runs[3]]
        }
        let paired = runs[0].difference(to: runs[1])
        return InputSensitivity(
            path: input.path, isIncluded: isIncluded, movesMean: isIncluded || !input.isDrawnPerTrial, lowValue: levels[0], highValue: levels[1],
            low: .init(probabilityOfHit: runs[0].probabilityOfHit, meanRevenue: runs[0].meanRevenue),
            high: .init(probabilityOfHit: runs[1].probabilityOfHit, meanRevenue: runs[1].meanRevenue),
            probabilityOfHitSwing: paired.probabilityOfHitDifference, meanRevenueSwing: paired.meanRevenueDifference,
            varianceShare: share)
    }
}
