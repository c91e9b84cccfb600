/// Boundary checks shared by the validating initialisers.
struct ParameterCheck {
    let distribution: String

    init(_ distribution: String) { self.distribution = distribution }

    func fail(_ parameter: String, _ value: Double, _ requirement: String) -> DistributionError {
        DistributionError(distribution: distribution, parameter: parameter, value: value, requirement: requirement)
    }

    func require(_ condition: Bool, _ parameter: String, _ value: Double, _ requirement: String) throws(DistributionError) {
        if !condition { throw fail(parameter, value, requirement) }
    }

    func finite(_ value: Double, _ parameter: String) throws(DistributionError) {
        try require(value.isFinite, parameter, value, "must be a finite number")
    }

    func positive(_ value: Double, _ parameter: String) throws(DistributionError) {
        try require(value.isFinite && value > 0, parameter, value, "must be a positive finite number")
    }

    func nonNegative(_ value: Double, _ parameter: String) throws(DistributionError) {
        try require(value.isFinite && value >= 0, parameter, value, "must be a non-negative finite number")
    }

    func probability(_ value: Double, _ parameter: String) throws(DistributionError) {
        try require(value >= 0 && value <= 1, parameter, value, "is outside [0, 1]")
    }

    func openUnit(_ value: Double, _ parameter: String) throws(DistributionError) {
        try require(value > 0 && value < 1, parameter, value, "is outside (0, 1)")
    }
}
