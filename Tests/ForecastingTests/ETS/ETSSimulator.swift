import Statistics
import Forecasting

/// An independent simulator of ETS series, written from the error-form state equations of
/// Hyndman et al. 2008, Table 2.3 (not from the recursion the estimator uses), so recovery
/// tests check the estimator against the textbook model.
struct ETSSimulator {
    var form: ETSForm
    var alpha: Double
    var beta = 0.0
    var gamma = 0.0
    var phi = 1.0
    var sigma: Double
    var level: Double
    var slope = 0.0
    /// Seasonal states for the first m periods.
    var seasonal: [Double] = []

    func series(count: Int, seed: UInt64) -> TimeSeries {
        var rng = RandomStream(seed: seed, component: StreamKey("ets-simulator"))
        var l = level, b = slope, s = seasonal
        let m = max(s.count, 1)
        var values: [Double] = []
        for t in 0..<count {
            let e = sigma * Normal.standardSample(using: &rng)
            let q = l + phi * b
            let season = s.isEmpty ? (form.season == .multiplicative ? 1 : 0) : s[t % m]
            switch (form.error, form.season) {
            case (.additive, .multiplicative), (.multiplicative, .additive):
                preconditionFailure("not simulated")
            case (.additive, _):
                values.append(q + season + e)
                l = q + alpha * e
                b = phi * b + beta * e
                if !s.isEmpty { s[t % m] = season + gamma * e }
            case (.multiplicative, _):
                values.append(q * season * (1 + e))
                l = q * (1 + alpha * e)
                b = phi * b + beta * q * e
                if !s.isEmpty { s[t % m] = season * (1 + gamma * e) }
            }
        }
        return TimeSeries(values: values, seasonalPeriod: s.isEmpty ? 1 : m)
    }
}
