extension KaplanMeier {
    /// The lag distribution implied by the survival curve, P(lag = l) = S(l − 1) − S(l).
    /// - Parameters:
    ///   - maxLag: the last lag kept; default the longest duration at which a deal closed.
    ///   - tail: how the estimated P(lag > maxLag) = S(maxLag) is folded in. When it is 1 (no
    ///     closures up to `maxLag`) renormalising is impossible and it is put on the last lag.
    /// - Throws: `EstimationError` if `maxLag` is negative.
    public func lagDistribution(maxLag: Int? = nil, tail: LagTail = .lastLag) throws(EstimationError) -> LagDistribution {
        let last = try LagDistribution.validatedMaxLag(maxLag, default: lastClosureTime)
        var masses: [Double] = []
        masses.reserveCapacity(last + 1)
        var previous = 1.0
        for lag in 0...last {
            let current = survival(at: lag)
            masses.append(previous - current)
            previous = current
        }
        return LagDistribution(masses: masses, tailMass: previous, tail: previous < 1 ? tail : .lastLag)
    }
}
