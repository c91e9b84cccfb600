import Simulation

/// A check on a simulated outcome, from a scenario's `expect:` list, run by `plancast test`:
/// `{ strategy: more paid search, metric: p_hit, at_least: 0.6 }`.
public struct Expectation: Sendable, Equatable {
    /// The strategy whose outcome is checked; nil for the base plan.
    public var strategy: String?
    public var metric: OutcomeMetric
    /// The estimate must be at least this (inclusive).
    public var atLeast: Double?
    /// The estimate must be at most this (inclusive).
    public var atMost: Double?
    /// Where the check was written, for reports.
    public var location: SourceLocation

    public init(strategy: String?, metric: OutcomeMetric, atLeast: Double?, atMost: Double?, location: SourceLocation) {
        precondition(atLeast != nil || atMost != nil, "an expectation has at least one bound")
        self.strategy = strategy
        self.metric = metric
        self.atLeast = atLeast
        self.atMost = atMost
        self.location = location
    }

    /// Whether `value` lies within the bounds.
    public func holds(for value: Double) -> Bool {
        (atLeast.map { value >= $0 } ?? true) && (atMost.map { value <= $0 } ?? true)
    }

    /// The bounds as text, e.g. "≥ 0.5", "≤ 400000", "≥ 0.5 and ≤ 0.9".
    public var boundsDescription: String {
        [atLeast.map { "≥ \(NumberText.exact($0))" }, atMost.map { "≤ \(NumberText.exact($0))" }]
            .compactMap { $0 }.joined(separator: " and ")
    }
}
