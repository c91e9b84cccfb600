/// A distribution parameter that violates its requirement, e.g. "beta: mean 1.2 is outside (0, 1)".
///
/// Thrown by every validating initialiser in this module. It names the distribution, the
/// parameter, the value found and the requirement, so a plan author can fix the input.
public struct DistributionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The distribution, lower case as written in plan files ("beta", "log-normal").
    public let distribution: String
    /// The offending parameter ("mean", "sd", "probabilities[2]").
    public let parameter: String
    /// The value found (a count for collection parameters).
    public let value: Double
    /// The requirement in words, phrased to follow the value ("must be positive").
    public let requirement: String

    public init(distribution: String, parameter: String, value: Double, requirement: String) {
        self.distribution = distribution
        self.parameter = parameter
        self.value = value
        self.requirement = requirement
    }

    public var description: String {
        "\(distribution): \(parameter) \(value.messageText) \(requirement)"
    }

    /// Equality that treats two NaN values as equal, so a rejected NaN can be matched in tests.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.distribution == rhs.distribution && lhs.parameter == rhs.parameter
            && lhs.requirement == rhs.requirement
            && (lhs.value == rhs.value || (lhs.value.isNaN && rhs.value.isNaN))
    }
}
