/// The answer of a goal seek.
public struct GoalSeekResult: Sendable, Equatable {
    public var path: String
    /// The P(hit) asked for.
    public var probability: Double
    public var direction: GoalSeek.Direction
    public var bounds: ClosedRange<Double>
    /// The input's level in the plan as given, and that plan's P(hit).
    public var current: Double
    public var currentProbabilityOfHit: Estimate
    /// The value reaching `probability`; nil when no value within `bounds` does.
    public var value: Double?
    /// P(hit) at `value` (or at `bestValue` when not reachable), ± its Monte Carlo error.
    public var probabilityOfHit: Estimate?
    /// When not reachable: the end of the range that came closest.
    public var bestValue: Double?
    /// Steps after checking the two ends (0 when an end already answers).
    public var iterations: Int
    /// For `target`: the Monte Carlo standard error of the target found.
    public var valueStandardError: Double?
    public var trials: Int
    public var seed: UInt64

    public var isReachable: Bool { value != nil }

    init(path: String, probability: Double, direction: GoalSeek.Direction, bounds: ClosedRange<Double>, current: Double,
         currentProbabilityOfHit: Estimate, value: Double?, probabilityOfHit: Estimate?, iterations: Int, trials: Int, seed: UInt64) {
        self.path = path
        self.probability = probability
        self.direction = direction
        self.bounds = bounds
        self.current = current
        self.currentProbabilityOfHit = currentProbabilityOfHit
        self.value = value
        self.probabilityOfHit = probabilityOfHit
        self.iterations = iterations
        self.trials = trials
        self.seed = seed
    }
}
