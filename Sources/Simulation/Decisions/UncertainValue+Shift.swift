import Statistics

extension UncertainValue {
    /// Largest standard deviation of a shifted rate, as a share of √(m(1 − m)), the bound
    /// beyond which no beta distribution with mean m exists.
    static let maximumBetaSpread = 0.95

    /// The value with its mean multiplied by `factor` (see `withMean`).
    func scaled(by factor: Double) -> UncertainValue {
        if case .fixed(let value) = self { return .fixed(value * factor) }
        return withMean(mean * factor, isRate: false)
    }

    /// The same kind of uncertainty around a new mean.
    ///
    /// Rates (values in [0, 1]) become beta(mean m, sd min(σ, 0.95·√(m(1 − m)))) — fixed
    /// at 0 or 1 when m is; normal, log-normal and gamma keep σ (log-normal and gamma become
    /// fixed at m ≤ 0, where they do not exist); bounded and tabulated distributions move by
    /// m − mean. Fixed values become m.
    func withMean(_ target: Double, isRate: Bool) -> UncertainValue {
        if case .fixed = self { return .fixed(target) }
        let sd = variance.squareRoot()
        let shift = target - mean
        do {
            if isRate {
                guard target > 0, target < 1 else { return .fixed(Swift.min(1, Swift.max(0, target))) }
                let spread = Swift.min(sd, Self.maximumBetaSpread * (target * (1 - target)).squareRoot())
                return spread > 0 ? .beta(try Beta(mean: target, sd: spread)) : .fixed(target)
            }
            switch self {
            case .fixed: return .fixed(target)
            case .normal(let d): return .normal(try Normal(mean: target, sd: d.sd))
            case .logNormal: return target > 0 ? .logNormal(try LogNormal(mean: target, sd: sd)) : .fixed(target)
            case .gamma: return target > 0 ? .gamma(try Gamma(mean: target, sd: sd)) : .fixed(target)
            case .beta: return .beta(try Beta(mean: target, sd: sd))
            case .triangular(let d): return .triangular(try Triangular(min: d.min + shift, mode: d.mode + shift, max: d.max + shift))
            case .pert(let d): return .pert(try PERT(min: d.min + shift, mode: d.mode + shift, max: d.max + shift))
            case .uniform(let d): return .uniform(try Uniform(min: d.min + shift, max: d.max + shift))
            case .discrete(let d): return .discrete(try DiscreteDistribution(values: d.values.map { $0 + shift }, probabilities: d.probabilities))
            case .empirical(let d): return .empirical(try Empirical(values: d.values.map { $0 + shift }))
            }
        } catch {
            // Only reachable for parameters the plan validator rejects anyway (e.g. a beta
            // deal size moved outside (0, 1)); a fixed value at the mean keeps the plan valid.
            return .fixed(target)
        }
    }
}
