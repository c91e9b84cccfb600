/// Streaming count, mean and variance in one pass, mergeable for parallel reduction.
///
/// Updates by Welford's recurrence (Technometrics 4(3), 1962): with δ = x − mean,
/// mean += δ/n and M₂ += δ·(x − mean_new), which avoids the cancellation of Σx² − n·mean².
/// Two accumulators merge by Chan, Golub & LeVeque's pairwise formula (Stanford CS report
/// STAN-CS-79-773, 1979): with δ = mean_B − mean_A, M₂ = M₂A + M₂B + δ²·n_A·n_B/n, so a
/// reduction over chunks gives the same moments as one pass (up to rounding) in any split.
///
/// NaN inputs propagate into the mean and variance (they are not silently skipped).
public struct RunningMoments: Sendable, Equatable {
    public private(set) var count: Int = 0
    /// The running mean (0 before the first value).
    public private(set) var mean: Double = 0
    /// Σ(x − mean)², the second central sum.
    public private(set) var sumOfSquaredDeviations: Double = 0
    public private(set) var minimum: Double = .infinity
    public private(set) var maximum: Double = -.infinity

    public init() {}

    /// The moments of a collection of values.
    /// - Complexity: O(n).
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for value in values { add(value) }
    }

    /// Adds one observation.
    public mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        sumOfSquaredDeviations += delta * (value - mean)
        minimum = Swift.min(minimum, value)
        maximum = Swift.max(maximum, value)
    }

    /// Adds all observations of another accumulator (Chan et al. 1979).
    public mutating func merge(_ other: RunningMoments) {
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        let total = count + other.count
        let delta = other.mean - mean
        let weight = Double(other.count) / Double(total)
        mean += delta * weight
        sumOfSquaredDeviations += other.sumOfSquaredDeviations + delta * delta * Double(count) * weight
        count = total
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }

    /// The combination of two accumulators.
    public func merged(with other: RunningMoments) -> RunningMoments {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// The sample variance (divisor n − 1); NaN for fewer than two observations.
    public var variance: Double { count > 1 ? sumOfSquaredDeviations / Double(count - 1) : .nan }

    /// The population variance (divisor n); NaN when empty.
    public var populationVariance: Double { count > 0 ? sumOfSquaredDeviations / Double(count) : .nan }

    /// √variance; NaN for fewer than two observations.
    public var standardDeviation: Double { variance.squareRoot() }

    /// The standard error of the mean, √(variance/n); NaN for fewer than two observations.
    public var standardError: Double { (variance / Double(count)).squareRoot() }
}
