/// Historical data that an estimator cannot use, e.g.
/// "conversion rate: cohorts[2].won: expected a non-negative count, found -3".
///
/// Names the estimate, the offending input (with its index), what was expected and what was
/// found, so the person who exported the data can fix it.
public struct EstimationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The estimate being computed ("conversion rate", "sales cycle", "deal size").
    public let estimate: String
    /// The offending input ("cohorts[2].won", "amounts[17]", "halfLife").
    public let parameter: String
    /// What the estimator needs, in words.
    public let expected: String
    /// What it was given.
    public let found: String

    public init(estimate: String, parameter: String, expected: String, found: String) {
        self.estimate = estimate
        self.parameter = parameter
        self.expected = expected
        self.found = found
    }

    public var description: String { "\(estimate): \(parameter): expected \(expected), found \(found)" }
}
