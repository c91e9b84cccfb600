import Statistics

/// A fitted `DifferencedAutoregression`. Sample paths run the recursion with N(0, σ²)
/// innovations, so their mean and variance match `forecast`.
public struct FittedDifferencedAutoregression: FittedModel {
    public let summary: String
    public let fittedValues: [Double]
    let lastLevel: Double
    /// z_n, z_{n−1}, … (most recent first), as many as the order.
    let recentChanges: [Double]
    let drift: Double
    let lags: [Double]
    let sigma: Double
    let futureIndices: [Double]

    private func index(_ h: Int) -> Double { futureIndices[(h - 1) % futureIndices.count] }

    /// Runs the recursion for `horizon` steps with the given innovations (zeros for the mean).
    private func run(_ innovations: [Double]) -> [Double] {
        var history = recentChanges
        var level = lastLevel
        return innovations.enumerated().map { step, innovation in
            var change = drift + innovation
            for (i, a) in lags.enumerated() { change += a * history[i] }
            history.insert(change, at: 0)
            if history.count > lags.count { history.removeLast() }
            level += change
            return level * index(step + 1)
        }
    }

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        let mean = run([Double](repeating: 0, count: horizon))
        // ψ weights of x: AR polynomial (1 − Σ a_i B^i)(1 − B) has coefficients
        // φ*_1 = 1 + a_1, φ*_i = a_i − a_{i−1}, φ*_{p+1} = −a_p.
        let p = lags.count
        let star = (1...(p + 1)).map { i in (i <= p ? lags[i - 1] : 0) - (i >= 2 ? lags[i - 2] : 0) + (i == 1 ? 1 : 0) }
        var psi = [1.0]
        var cumulative = 1.0
        var sd = [Double]()
        for h in 1...max(horizon, 1) where h <= horizon {
            sd.append(sigma * cumulative.squareRoot() * index(h))
            let next = (1...min(h, p + 1)).reduce(0) { $0 + star[$1 - 1] * psi[h - $1] }
            psi.append(next)
            cumulative += next * next
        }
        return .gaussian(mean: mean, sd: sd, levels: levels)
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        run((0..<horizon).map { _ in sigma * Normal.standardSample(using: &rng) })
    }
}
