/// What to do with the probability that a cycle is longer than the last lag kept.
public enum LagTail: String, CaseIterable, Codable, Sendable {
    /// Put it on the last lag: deals not closed by then close at the last lag. Keeps the
    /// estimated probabilities of the shorter lags and errs short only for the tail.
    case lastLag
    /// Drop it and rescale: the lags are those of deals that close within the window.
    /// Changes every lag's probability and errs short if the tail is real.
    case renormalise
}

/// Probabilities that a deal closes 0, 1, …, L periods after it is created: a plan's
/// `cycle_months`.
///
/// From a survival curve, P(lag = l) = S(l − 1) − S(l) with S(−1) = 1. The curve says nothing
/// past the longest duration observed, so the mass S(L) beyond the last lag is reported as
/// `tailMass` and folded in as `tail` says; the probabilities always sum to 1.
public struct LagDistribution: Sendable, Equatable {
    /// P(lag = l) for l = 0…L, after the tail is folded in; sums to 1.
    public let probabilities: [Double]
    /// The estimated P(lag > L) before folding.
    public let tailMass: Double
    /// How `tailMass` was folded in.
    public let tail: LagTail

    /// Σ l·P(lag = l).
    public var mean: Double {
        probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
    }

    /// Folds `tailMass` into `masses` (the unfolded lag probabilities).
    /// - Precondition: masses non-empty, tailMass < 1 when renormalising.
    init(masses: [Double], tailMass: Double, tail: LagTail) {
        var probabilities = masses
        switch tail {
        case .lastLag:
            probabilities[probabilities.count - 1] += tailMass
        case .renormalise:
            let kept = 1 - tailMass
            probabilities = probabilities.map { $0 / kept }
        }
        self.probabilities = probabilities
        self.tailMass = tailMass
        self.tail = tail
    }

    /// The naive estimate from closed deals only: P(lag = l) = (closed deals with lag l)/(closed
    /// deals). Shown for comparison; it ignores open deals, which are the slow ones, and so
    /// is biased short whenever many deals are still open.
    /// - Parameters:
    ///   - closedDurations: periods from creation to close of each closed deal.
    ///   - maxLag: the last lag kept (default: the longest duration); longer ones form the tail.
    /// - Throws: `EstimationError` for no deals, a negative duration or a negative `maxLag`.
    public static func closedOnly(_ closedDurations: [Int], maxLag: Int? = nil,
                                  tail: LagTail = .lastLag) throws(EstimationError) -> LagDistribution {
        let name = "sales cycle"
        guard !closedDurations.isEmpty else {
            throw EstimationError(estimate: name, parameter: "closedDurations", expected: "at least one closed deal", found: "none")
        }
        if let index = closedDurations.firstIndex(where: { $0 < 0 }) {
            throw EstimationError(estimate: name, parameter: "closedDurations[\(index)]",
                                  expected: "a non-negative number of periods", found: "\(closedDurations[index])")
        }
        let last = try validatedMaxLag(maxLag, default: closedDurations.max()!)
        var masses = [Double](repeating: 0, count: last + 1)
        var beyond = 0.0
        let share = 1 / Double(closedDurations.count)
        for lag in closedDurations {
            if lag <= last { masses[lag] += share } else { beyond += share }
        }
        return LagDistribution(masses: masses, tailMass: beyond, tail: beyond < 1 ? tail : .lastLag)
    }

    static func validatedMaxLag(_ maxLag: Int?, default fallback: Int) throws(EstimationError) -> Int {
        let last = maxLag ?? fallback
        guard last >= 0 else {
            throw EstimationError(estimate: "sales cycle", parameter: "maxLag", expected: "a non-negative lag", found: "\(last)")
        }
        return last
    }
}
