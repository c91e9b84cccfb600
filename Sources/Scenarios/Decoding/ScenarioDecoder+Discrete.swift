import Statistics

extension ScenarioDecoder {
    /// Largest accepted |Σp − 1| for probabilities written in a file (`discrete`,
    /// `cycle_months`): tight enough to catch any typo, loose enough for decimal fractions
    /// such as 0.1 + 0.2 + 0.7 that are not exact in binary.
    static let probabilitySumTolerance = 1e-9
    /// Significant digits of a reported shortfall or excess: a difference is already known
    /// to exceed 1e-9, so a few digits say how much without rounding noise.
    static let differenceDigits = 3

    /// "probabilities sum to 0.9, 0.1 short of 1", or nil when they sum to 1.
    static func probabilitySumProblem(_ sum: Double) -> String? {
        let difference = sum - 1
        guard abs(difference) > probabilitySumTolerance else { return nil }
        let how = difference < 0 ? "short of 1" : "more than 1"
        return "probabilities sum to \(NumberText.rounded(sum)), \(NumberText.rounded(abs(difference), digits: Self.differenceDigits)) \(how)"
    }

    /// `{ value: probability, … }` with probabilities in [0, 1] summing to 1.
    /// - Parameters:
    ///   - keyName: what the keys are, for messages ("a value", "a lag in months").
    ///   - key: parses one key, reporting problems itself.
    /// - Returns: the pairs in file order.
    mutating func probabilityTable<Key>(
        _ node: ScenarioNode, _ what: String, key: (inout ScenarioDecoder, ScenarioNode.Entry, ScenarioNode) -> Key?
    ) -> [(key: Key, probability: Double)]? {
        guard let entries = node.entries, !entries.isEmpty else {
            mismatch(node, expected: what)
            return nil
        }
        let errorCount = errors.count
        var pairs: [(key: Key, probability: Double)] = []
        for entry in entries {
            let parsedKey = key(&self, entry, node)
            if let probability = probability(entry.value, "probability"), let parsedKey {
                pairs.append((parsedKey, probability))
            }
        }
        guard errors.count == errorCount else { return nil }
        if let problem = Self.probabilitySumProblem(pairs.reduce(0) { $0 + $1.probability }) {
            report(node, problem)
            return nil
        }
        return pairs
    }

    /// `discrete: { 1000: 0.5, 5000: 0.5 }`.
    mutating func discrete(_ node: ScenarioNode) -> UncertainValue? {
        let pairs = probabilityTable(node, "a mapping of values to probabilities, e.g. { 1000: 0.5, 5000: 0.5 }") { (decoder: inout ScenarioDecoder, entry: ScenarioNode.Entry, parent: ScenarioNode) -> Double? in
            guard let value = Double(entry.key), value.isFinite else {
                decoder.report(at: entry.keyLocation, path: parent.path,
                               "expected a number as a discrete value, found '\(entry.key)'",
                               expected: "a number", found: "'\(entry.key)'")
                return nil
            }
            return value
        }
        guard let pairs else { return nil }
        do throws(DistributionError) {
            return .discrete(try DiscreteDistribution(values: pairs.map { $0.key }, probabilities: pairs.map { $0.probability }))
        } catch {
            report(node, "discrete \(error.parameter) \(NumberText.exact(error.value)) \(error.requirement)")
            return nil
        }
    }
}
