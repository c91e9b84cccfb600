import Foundation
import Statistics

/// Finds the value of one plan input that reaches a required P(hit), by root finding on common
/// random numbers.
///
/// With the seed and trial count fixed, P(hit) as a function of the input is a deterministic
/// step function that follows the true, monotone curve to within its Monte Carlo error (the
/// "sample average approximation" of the root; Shapiro, Dentcheva & Ruszczyński 2009,
/// *Lectures on Stochastic Programming*, ch. 5). The root is bracketed by the range's ends
/// and found by the Illinois variant of regula falsi (Dowell & Jarratt 1971, superlinear on
/// smooth curves; trial points kept 2% inside the bracket so it always shrinks) applied to
/// the normal score Φ⁻¹(P(hit)), which is close to linear in most inputs where P(hit) itself
/// is S-shaped (P(hit) clamped to [1/2n, 1 − 1/2n] so the score stays finite), or by
/// bisection for whole numbers. It stops when the bracket is 0.1% of the range, or as soon
/// as P(hit) at the answer is within one of its standard errors of the probability asked
/// for: refining further would chase Monte Carlo noise. The P(hit) reached is reported
/// with its error.
///
/// What "value" means depends on the path: a spend list's window total (months keep their
/// proportions); a rate's or other uncertain value's mean (spread kept, see
/// `PlanInput.shiftingMean`); the number of extra reps hired in the first month (whole
/// numbers); and for `target`, the target itself, read directly off the revenue distribution.
public struct GoalSeek: Sendable {
    /// Which end of the range answers the question.
    public enum Direction: String, CaseIterable, Codable, Sendable {
        /// P(hit) rises with the value: the smallest value reaching the probability.
        case up
        /// P(hit) falls as the value rises: the largest value still reaching it.
        case down
    }

    /// Stop when the bracket is narrower than this share of the initial range.
    static let relativeTolerance = 1e-3
    /// A new trial point stays at least this share of the bracket away from its ends, so
    /// the bracket always shrinks by that much (safeguarded regula falsi).
    static let minimumBracketShare = 0.02
    /// Upper bound of the default range, as a multiple of the current level.
    static let defaultRangeMultiple = 10.0
    /// Upper bound of the default range for extra hires.
    static let defaultMaximumHires = 50.0
    /// Guard against a non-terminating search (2⁻⁶⁰ of any range is below double precision).
    static let maximumIterations = 60

    public let plan: Plan
    public let input: PlanInput
    public let probability: Double
    public let direction: Direction
    public let bounds: ClosedRange<Double>

    /// - Parameters:
    ///   - probability: required P(hit), in (0, 1).
    ///   - minimum, maximum: the range searched; defaults [0, 1] for rates, [0, 50] for hires
    ///     and [0, 10 × current level] otherwise (the target needs none).
    /// - Throws: `SimulationError` for an invalid plan, a probability outside (0, 1), an empty
    ///   or non-finite range, a rate range outside [0, 1], or a default range that is empty
    ///   because the current level is 0 (pass a maximum).
    public init(plan: Plan, input: PlanInput, probability: Double, direction: Direction = .up,
                minimum: Double? = nil, maximum: Double? = nil) throws(SimulationError) {
        _ = try Simulator(plan: plan)
        var problems: [SimulationError.Problem] = []
        if !(probability > 0 && probability < 1) {
            problems.append(.init(path: "probability", expected: "a probability in (0, 1), e.g. 0.8", found: "\(probability)"))
        }
        let level = input.level(in: plan)
        let low = minimum ?? 0
        let high = maximum ?? (input.isRate ? 1 : input.kind == .hires ? Self.defaultMaximumHires : Self.defaultRangeMultiple * abs(level))
        if !(low.isFinite && high.isFinite && low < high) {
            problems.append(.init(path: "\(input.path) range", expected: "finite --min < --max" + (level == 0 && maximum == nil ? " (the current value is 0: pass --max)" : ""),
                                  found: "[\(low), \(high)]"))
        } else if input.isRate && (low < 0 || high > 1) {
            problems.append(.init(path: "\(input.path) range", expected: "within [0, 1] for a rate", found: "[\(low), \(high)]"))
        } else if input.kind != .target && low < 0 {
            problems.append(.init(path: "\(input.path) range", expected: "--min ≥ 0", found: "\(low)"))
        }
        guard problems.isEmpty else { throw SimulationError(problems: problems) }
        self.plan = plan
        self.input = input
        self.probability = probability
        self.direction = direction
        bounds = low...high
    }

    /// - Throws: `SimulationError` for invalid settings or an edited plan the validator
    ///   rejects.
    public func run(_ settings: SimulationSettings, progress: ((SimulationProgress) -> Void)? = nil) throws(SimulationError) -> GoalSeekResult {
        let (evaluator, base) = try PlanEvaluator.start(plan, settings)
        if input.kind == .target { return targetAtProbability(base, settings: settings) }
        let planned = Self.plannedIterations(bounds, integer: input.kind == .hires) + 2
        var evaluations = 0
        func reaches(_ value: Double) throws(SimulationError) -> (Bool, Estimate) {
            let edited = input.kind == .hires ? input.fixing(plan, at: value) : input.shiftingMean(plan, to: value)
            let p = try evaluator.evaluate(edited).probabilityOfHit
            evaluations += 1
            progress?(SimulationProgress(trialsDone: evaluations, trialsPlanned: planned))
            return (p.value >= probability, p)
        }
        var result = GoalSeekResult(path: input.path, probability: probability, direction: direction, bounds: bounds,
                                    current: input.level(in: plan), currentProbabilityOfHit: base.probabilityOfHit,
                                    value: nil, probabilityOfHit: nil, iterations: 0, trials: base.revenue.count, seed: settings.seed)
        // `good` is the end that must reach the probability, `bad` the end that must not.
        var good = direction == .up ? bounds.upperBound : bounds.lowerBound
        var bad = direction == .up ? bounds.lowerBound : bounds.upperBound
        let (goodReaches, goodP) = try reaches(good)
        guard goodReaches else {
            result.probabilityOfHit = goodP
            result.bestValue = good
            return result
        }
        var answer = goodP
        let (badReaches, badP) = try reaches(bad)
        if badReaches {
            result.value = bad
            result.probabilityOfHit = badP
            return result
        }
        let integer = input.kind == .hires
        let tolerance = integer ? 1 : Self.relativeTolerance * (bounds.upperBound - bounds.lowerBound)
        // Illinois regula falsi on f(v) = Φ⁻¹(P(hit)(v)) − Φ⁻¹(p), with f(good) ≥ 0 > f(bad).
        let trials = Double(base.revenue.count)
        func score(_ p: Estimate) -> Double {
            let clamped = Swift.min(1 - 0.5 / trials, Swift.max(0.5 / trials, p.value))
            return Normal.standardQuantile(clamped) - Normal.standardQuantile(probability)
        }
        var fGood = score(goodP)
        var fBad = score(badP)
        var lastKept: Bool?
        while abs(good - bad) > tolerance, answer.value - probability > answer.standardError, result.iterations < Self.maximumIterations {
            var middle: Double
            if integer {
                middle = (0.5 * (good + bad)).rounded(direction == .up ? .down : .up)
            } else {
                let margin = Self.minimumBracketShare * abs(good - bad)
                middle = good - fGood * (good - bad) / (fGood - fBad)
                middle = Swift.min(Swift.max(middle, Swift.min(good, bad) + margin), Swift.max(good, bad) - margin)
            }
            result.iterations += 1
            let (ok, p) = try reaches(middle)
            if ok {
                (good, fGood, answer) = (middle, score(p), p)
                if lastKept == false { fBad /= 2 }
                lastKept = false
            } else {
                (bad, fBad) = (middle, score(p))
                if lastKept == true { fGood /= 2 }
                lastKept = true
            }
        }
        result.value = good
        result.probabilityOfHit = answer
        return result
    }

    /// Most steps needed to narrow `range` to the tolerance (bisection's count, for progress).
    static func plannedIterations(_ range: ClosedRange<Double>, integer: Bool) -> Int {
        let ratio = integer ? (range.upperBound - range.lowerBound) : 1 / relativeTolerance
        return Swift.max(0, Int(log2(Swift.max(1, ratio)).rounded(.up)))
    }
}
