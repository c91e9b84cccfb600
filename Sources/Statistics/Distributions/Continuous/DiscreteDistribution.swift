/// A finite distribution: `values[i]` with probability `probabilities[i]`.
///
/// Sampling is O(1) by the alias method (Walker, ACM TOMS 3(3), 1977) with Vose's stable
/// table construction (IEEE TSE 17(9), 1991): pick a column uniformly, then keep it with
/// probability `keep[column]` or take its alias. Set-up is O(n).
public struct DiscreteDistribution: ContinuousDistribution, Equatable {
    /// Largest accepted |Σp − 1|; probabilities are then normalised to sum to 1.
    static let sumTolerance = 1e-6

    public let values: [Double]
    /// The probabilities, normalised to sum to 1.
    public let probabilities: [Double]
    @usableFromInline let keep: [Double]
    @usableFromInline let alias: [Int]

    /// - Throws: `DistributionError` if the arrays are empty or of different lengths, a value
    ///   is not finite, a probability is negative or not finite, or they do not sum to 1
    ///   within 1e−6.
    public init(values: [Double], probabilities: [Double]) throws(DistributionError) {
        let check = ParameterCheck("discrete")
        try check.require(!values.isEmpty, "values", 0, "values given: need at least one")
        try check.require(probabilities.count == values.count, "probabilities", Double(probabilities.count),
                          "given for \(values.count) values: need one per value")
        for (index, value) in values.enumerated() { try check.finite(value, "values[\(index)]") }
        for (index, p) in probabilities.enumerated() {
            try check.nonNegative(p, "probabilities[\(index)]")
        }
        let total = Descriptive.sum(probabilities)
        try check.require(abs(total - 1) <= Self.sumTolerance, "probabilities (sum)", total, "must sum to 1")
        self.values = values
        self.probabilities = probabilities.map { $0 / total }
        (keep, alias) = Self.aliasTables(self.probabilities)
    }

    /// Vose's construction: columns scaled by n are split into "small" (< 1) and "large"
    /// (≥ 1); each small column is topped up from a large one, which becomes its alias.
    static func aliasTables(_ probabilities: [Double]) -> (keep: [Double], alias: [Int]) {
        let count = probabilities.count
        var scaled = probabilities.map { $0 * Double(count) }
        var keep = [Double](repeating: 1, count: count)
        var alias = Array(0..<count)
        var small = scaled.indices.filter { scaled[$0] < 1 }
        var large = scaled.indices.filter { scaled[$0] >= 1 }
        while let s = small.popLast(), let l = large.popLast() {
            keep[s] = scaled[s]
            alias[s] = l
            scaled[l] -= 1 - scaled[s]
            if scaled[l] < 1 { small.append(l) } else { large.append(l) }
        }
        // Leftovers are 1 up to rounding: they keep their own column.
        return (keep, alias)
    }

    public var mean: Double { Descriptive.sum(zip(values, probabilities).map { $0 * $1 }) }
    public var variance: Double {
        let centre = mean
        return Descriptive.sum(zip(values, probabilities).map { ($0 - centre) * ($0 - centre) * $1 })
    }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        let column = rng.nextIndex(below: keep.count)
        return values[rng.nextUnit() < keep[column] ? column : alias[column]]
    }

    /// The smallest value v with P(X ≤ v) ≥ p, for p in (0, 1].
    public func quantile(_ p: Double) -> Double {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var cumulative = 0.0
        for index in order {
            cumulative += probabilities[index]
            if cumulative >= p { return values[index] }
        }
        return values[order[order.count - 1]]
    }
}
