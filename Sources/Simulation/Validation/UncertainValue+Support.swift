import Statistics

extension UncertainValue {
    /// The smallest and largest value a draw can take (infinite for unbounded distributions).
    var support: ClosedRange<Double> {
        switch self {
        case .fixed(let value): value...value
        case .normal: -Double.infinity...Double.infinity
        case .logNormal: 0...Double.infinity
        case .beta: 0...1
        case .gamma: 0...Double.infinity
        case .triangular(let d): d.min...d.max
        case .pert(let d): d.min...d.max
        case .uniform(let d): d.min...d.max
        case .discrete(let d): (d.values.min() ?? 0)...(d.values.max() ?? 0)
        case .empirical(let d): (d.sortedValues.first ?? 0)...(d.sortedValues.last ?? 0)
        }
    }

    /// A short description for error messages ("0.15", "a normal distribution").
    var describedForError: String {
        switch self {
        case .fixed(let value): "\(value)"
        case .normal: "a normal distribution (unbounded)"
        case .logNormal: "a log-normal distribution"
        case .beta: "a beta distribution"
        case .gamma: "a gamma distribution"
        case .triangular(let d): "a triangular distribution on [\(d.min), \(d.max)]"
        case .pert(let d): "a PERT distribution on [\(d.min), \(d.max)]"
        case .uniform(let d): "a uniform distribution on [\(d.min), \(d.max)]"
        case .discrete(let d): "a discrete distribution on [\(support.lowerBound), \(support.upperBound)]" + (d.values.isEmpty ? " (empty)" : "")
        case .empirical: "an empirical distribution on [\(support.lowerBound), \(support.upperBound)]"
        }
    }
}
