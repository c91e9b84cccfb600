import Foundation

/// Why a plan or run settings cannot be simulated: every problem found, each with its place.
///
/// Scenario files are validated (with file locations) before they become a `Plan`; this error
/// guards plans built in code and is the engine's last line of defence, so bad input never
/// crashes a run or puts NaN into its output.
public struct SimulationError: Error, LocalizedError, CustomStringConvertible, Equatable {
    /// One problem: where in the plan, and what was expected instead of what was found.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// Key path in the plan, e.g. `channels[paid_search].spend[2]` or `settings.trials`.
        public var path: String
        public var expected: String
        public var found: String

        public init(path: String, expected: String, found: String) {
            self.path = path
            self.expected = expected
            self.found = found
        }

        public var description: String { "\(path): expected \(expected), found \(found)" }
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
    public var errorDescription: String? { description }
}
