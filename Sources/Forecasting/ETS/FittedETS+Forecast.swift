import Statistics

extension FittedETS {
    /// Point forecasts with prediction intervals (Hyndman et al. 2008, ch. 6).
    ///
    /// Means are the point forecasts μ_{n+h|n} = (ℓ_n + φ_h b_n) ⊕ s_{n+h−m⌈h/m⌉}, with
    /// φ_h = φ + … + φ^h (h without damping). Linear models (class 1: additive error and
    /// components) have Gaussian forecasts with variance σ²(1 + Σ_{j<h} c_j²),
    /// c_j = α + βφ_j + γ·[j ≡ 0 mod m] (Table 6.1). Multiplicative errors with additive
    /// components (class 2) use the exact variance (1 + σ²)θ_h − μ_h², θ_h = μ_h² +
    /// σ²Σ_{j<h} c_j²θ_{h−j} (§6.3), with normal quantiles, as `forecast::ets` does. Models
    /// with a multiplicative season (class 3) take quantiles of `intervalPaths` simulated
    /// paths drawn from a fixed stream, so the result is deterministic. All variances are
    /// multiplied by `varianceInflation`.
    /// - Precondition: `horizon ≥ 1` and every level in (0, 1).
    /// - Complexity: O(h²) for classes 1–2; O(P·h log P) with P = `intervalPaths` for class 3.
    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        precondition(horizon >= 1, "horizon must be at least 1")
        precondition(levels.allSatisfy { $0 > 0 && $0 < 1 }, "levels must be in (0, 1)")
        let mean = pointForecasts(horizon: horizon)
        guard form.isClassOne || form.isClassTwo else {
            // Means alone (no levels) need no simulation.
            return Forecast(mean: mean, intervals: levels.isEmpty ? [] : simulatedIntervals(horizon: horizon, levels: levels))
        }
        let sd = analyticVariances(means: mean).map { max($0, 0).squareRoot() }
        return Forecast.gaussian(mean: mean, sd: sd, levels: levels)
    }

    /// μ_{n+h|n} for h = 1…horizon.
    func pointForecasts(horizon: Int) -> [Double] {
        let phi = parameters.phi ?? 1
        let seasonal = finalState.seasonal
        var power = 1.0, cumulative = 0.0
        return (0..<horizon).map { h in
            if form.hasTrend {
                power *= phi
                cumulative += power
            }
            let q = finalState.level + cumulative * finalState.slope
            switch form.season {
            case .none: return q
            case .additive: return q + seasonal[h % seasonal.count]
            case .multiplicative: return q * seasonal[h % seasonal.count]
            }
        }
    }

    /// Forecast-error variances of class 1 and class 2 models.
    func analyticVariances(means: [Double]) -> [Double] {
        let horizon = means.count
        let sigma2 = self.sigma2 * varianceInflation
        let p = parameters.smoothing
        let m = seasonalPeriod
        // c_j² for j = 1…h−1 (index j).
        var c2 = [Double](repeating: 0, count: horizon)
        var power = 1.0, cumulative = 0.0
        for j in stride(from: 1, to: horizon, by: 1) {
            power *= p.phi
            cumulative += power
            var c = p.alpha
            if form.hasTrend { c += p.beta * cumulative }
            if form.hasSeason && j % m == 0 { c += p.gamma }
            c2[j] = c * c
        }
        if form.isClassOne {
            var total = 1.0
            return (0..<horizon).map { h in
                if h > 0 { total += c2[h] }
                return sigma2 * total
            }
        }
        var theta = [Double](repeating: 0, count: horizon)
        for h in 0..<horizon {
            var sum = 0.0
            for j in stride(from: 1, through: h, by: 1) { sum += c2[j] * theta[h - j] }
            theta[h] = means[h] * means[h] + sigma2 * sum
        }
        return (0..<horizon).map { h in (1 + sigma2) * theta[h] - means[h] * means[h] }
    }
}
