/// A model could not be fitted; says which model and why, in words a planner can act on.
public struct FitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The model's short name ("ets", "theta", …).
    public var model: String
    public var reason: String

    public init(model: String, reason: String) {
        self.model = model
        self.reason = reason
    }

    public var description: String { "\(model): \(reason)" }
}
