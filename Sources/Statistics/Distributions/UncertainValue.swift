/// A plan input that is either a known number or a distribution.
///
/// Plan files write "a number, or a distribution"; this is its typed form. `.fixed` values
/// never consume randomness, so making an input certain leaves every other stream untouched.
public enum UncertainValue: Sendable, Equatable {
    case fixed(Double)
    case normal(Normal)
    case logNormal(LogNormal)
    case beta(Beta)
    case gamma(Gamma)
    case triangular(Triangular)
    case pert(PERT)
    case uniform(Uniform)
    case discrete(DiscreteDistribution)
    case empirical(Empirical)

    /// One draw; `.fixed` returns its value without advancing `rng`.
    @inlinable
    public func sample(using rng: inout RandomStream) -> Double {
        switch self {
        case .fixed(let value): return value
        case .normal(let d): return d.sample(using: &rng)
        case .logNormal(let d): return d.sample(using: &rng)
        case .beta(let d): return d.sample(using: &rng)
        case .gamma(let d): return d.sample(using: &rng)
        case .triangular(let d): return d.sample(using: &rng)
        case .pert(let d): return d.sample(using: &rng)
        case .uniform(let d): return d.sample(using: &rng)
        case .discrete(let d): return d.sample(using: &rng)
        case .empirical(let d): return d.sample(using: &rng)
        }
    }

    /// Whether the value is a known number.
    public var isFixed: Bool {
        if case .fixed = self { return true }
        return false
    }

    /// The expectation (the value itself when fixed).
    public var mean: Double { distribution.mean }

    /// The variance (0 when fixed).
    public var variance: Double { distribution.variance }

    /// The p-quantile: closed form for fixed, normal, log-normal, uniform and
    /// triangular; incomplete gamma/beta inversion for gamma, beta and PERT; the smallest value
    /// with CDF ≥ p for discrete; the type-7 sample quantile for empirical.
    /// - Precondition: `p` in [0, 1] (a probability chosen by the caller, not user input).
    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "quantile probability must be in [0, 1]")
        switch self {
        case .fixed(let value): return value
        case .normal(let d): return d.quantile(p)
        case .logNormal(let d): return d.quantile(p)
        case .beta(let d): return d.quantile(p)
        case .gamma(let d): return d.quantile(p)
        case .triangular(let d): return d.quantile(p)
        case .pert(let d): return d.quantile(p)
        case .uniform(let d): return d.quantile(p)
        case .discrete(let d): return d.quantile(p)
        case .empirical(let d): return d.quantile(p)
        }
    }

    /// The distribution behind the value (a point mass when fixed).
    private var distribution: any ContinuousDistribution {
        switch self {
        case .fixed(let value): return Degenerate(value: value)
        case .normal(let d): return d
        case .logNormal(let d): return d
        case .beta(let d): return d
        case .gamma(let d): return d
        case .triangular(let d): return d
        case .pert(let d): return d
        case .uniform(let d): return d
        case .discrete(let d): return d
        case .empirical(let d): return d
        }
    }
}

/// A point mass, used only to give `.fixed` a uniform view in `UncertainValue`.
private struct Degenerate: ContinuousDistribution {
    let value: Double
    var mean: Double { value }
    var variance: Double { 0 }
    func sample(using rng: inout RandomStream) -> Double { value }
}
