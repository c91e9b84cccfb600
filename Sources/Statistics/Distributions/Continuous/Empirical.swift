/// The empirical distribution of observed values: sampling is the bootstrap (Efron 1979),
/// a uniform draw with replacement from the data.
public struct Empirical: ContinuousDistribution, Equatable {
    /// The observations in their original order.
    public let values: [Double]
    /// The observations in ascending order (for quantiles).
    public let sortedValues: [Double]

    /// - Throws: `DistributionError` if `values` is empty or holds a non-finite value.
    public init(values: [Double]) throws(DistributionError) {
        let check = ParameterCheck("empirical")
        try check.require(!values.isEmpty, "values", 0, "observations given: need at least one")
        for (index, value) in values.enumerated() {
            try check.finite(value, "values[\(index)]")
        }
        self.values = values
        self.sortedValues = values.sorted()
    }

    /// The mean of the observations.
    public var mean: Double { Descriptive.mean(values) }
    /// The variance of the empirical distribution (divisor n, not n − 1).
    public var variance: Double {
        let count = Double(values.count)
        return Descriptive.variance(values) * (count - 1) / count
    }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        values[rng.nextIndex(below: values.count)]
    }

    /// The type-7 sample quantile of the observations (see `Quantiles`), p in [0, 1].
    public func quantile(_ p: Double) -> Double { Quantiles.type7(sorted: sortedValues, p) }
}
