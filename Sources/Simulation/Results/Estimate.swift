/// A Monte Carlo estimate with its standard error, so every number carries its uncertainty.
public struct Estimate: Sendable, Equatable, Codable {
    public var value: Double
    /// Monte Carlo standard error of `value`; 0 when the quantity is not random.
    public var standardError: Double

    public init(value: Double, standardError: Double) {
        self.value = value
        self.standardError = standardError
    }
}
