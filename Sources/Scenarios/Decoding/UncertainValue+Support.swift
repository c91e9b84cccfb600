import Statistics

extension UncertainValue {
    /// The smallest interval holding every value this can draw, for domain checks.
    var support: Support {
        switch self {
        case .fixed(let value): .point(value)
        case .normal: .realLine
        case .logNormal, .gamma: .positiveHalfLine
        case .beta: .unitInterval
        case .triangular(let d): Support(lower: d.min, upper: d.max)
        case .pert(let d): Support(lower: d.min, upper: d.max)
        case .uniform(let d): Support(lower: d.min, upper: d.max)
        case .discrete(let d): .observed(d.values)
        case .empirical(let d): .observed(d.values)
        }
    }

    /// The standard deviation (0 when fixed).
    var standardDeviation: Double { variance.squareRoot() }
}
