import Forecasting
import LinearAlgebra
import Testing

@Suite("Seasonal-trend regression")
struct SeasonalTrendRegressionTests {
    /// y = 50 + 2t + season (quarterly pattern −5, 0, 3, 2) + a deterministic wiggle.
    static let season: [Double] = [-5, 0, 3, 2]
    static let values: [Double] = (0..<24).map { (t: Int) -> Double in
        let wiggle: Double = t % 3 == 0 ? 0.7 : -0.35
        return 50 + 2 * Double(t) + season[t % 4] + wiggle
    }

    /// The expectation is computed independently through `LinearAlgebra`: the same design
    /// (intercept, t, dummies for quarters 2–4) solved by `LeastSquares`, and the prediction
    /// variance σ̂²(1 + x₀ᵀ(XᵀX)⁺x₀) at the first future row. Tolerance 1e-9 relative: both
    /// sides run the same LAPACK solve, so only summation order differs.
    @Test("forecast and interval match a direct least-squares computation")
    func matchesLeastSquares() throws {
        let row = { (t: Int) -> [Double] in [1, Double(t)] + (1..<4).map { t % 4 == $0 ? 1 : 0 } }
        let solution = try LeastSquares().solve(design: Matrix(rows: (0..<24).map(row)), response: Self.values)
        let x0 = row(24)
        let mean = zip(x0, solution.coefficients).reduce(0) { $0 + $1.0 * $1.1 }
        let sd = try solution.predictionVariance(at: x0).squareRoot()
        let forecast = try SeasonalTrendRegression().fit(TimeSeries(values: Self.values, seasonalPeriod: 4)).forecast(horizon: 1, levels: [0.95])
        #expect(abs(forecast.mean[0] / mean - 1) < 1e-9)
        #expect(abs((forecast.intervals[0].upper[0] - forecast.mean[0]) / (1.959963984540054 * sd) - 1) < 1e-9)
    }

    @Test("a noise-free trend and season are recovered exactly")
    func recovery() throws {
        let clean = (0..<24).map { (t: Int) -> Double in 50 + 2 * Double(t) + Self.season[t % 4] }
        let forecast = try SeasonalTrendRegression().fit(TimeSeries(values: clean, seasonalPeriod: 4)).forecast(horizon: 4, levels: [])
        let expected = (24..<28).map { (t: Int) -> Double in 50 + 2 * Double(t) + Self.season[t % 4] }
        for h in 0..<4 { #expect(abs(forecast.mean[h] - expected[h]) < 1e-8) }
    }

    @Test("too few observations for the coefficients is a FitError")
    func tooShort() {
        #expect(throws: FitError(model: "regression", reason: "needs at least 7 observations for 5 coefficients, found 6")) {
            try SeasonalTrendRegression().fit(TimeSeries(values: [1, 2, 3, 4, 5, 6], seasonalPeriod: 4))
        }
    }
}
