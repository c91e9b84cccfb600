import Forecasting
import Testing

@Suite("Naive, seasonal naive and drift")
struct RandomWalkTests {
    /// FPP3 Table 5.2: σ_h = σ√h (naive), σ√(⌊(h−1)/m⌋ + 1) (seasonal naive),
    /// σ√(h(1 + h/(T−1))) (drift). The 80% half-width is 1.2815516·σ_h.
    @Test("interval widths follow the textbook formulas")
    func widths() throws {
        let values: [Double] = [10, 12, 11, 15, 14, 18, 17, 21]
        let series = TimeSeries(values: values, seasonalPeriod: 2)
        let z = 1.2815515655446004
        let changes = zip(values.dropFirst(), values).map { $0 - $1 }
        let naiveSigma = (changes.reduce(0) { $0 + $1 * $1 } / Double(changes.count)).squareRoot()
        let naive = try Naive().fit(series).forecast(horizon: 3, levels: [0.8])
        for h in 1...3 {
            #expect(abs((naive.intervals[0].upper[h - 1] - naive.mean[h - 1]) - z * naiveSigma * Double(h).squareRoot()) < 1e-9)
        }
        #expect(naive.mean == [21, 21, 21])
        let seasonal = try SeasonalNaive().fit(series).forecast(horizon: 4, levels: [0.8])
        #expect(seasonal.mean == [17, 21, 17, 21])
        let drift = try Drift().fit(series).forecast(horizon: 2, levels: [0.8])
        let slope = (21.0 - 10.0) / 7
        #expect(abs(drift.mean[1] - (21 + 2 * slope)) < 1e-12)
        let residuals = changes.map { $0 - slope }
        let sigma = (residuals.reduce(0) { $0 + $1 * $1 } / 6).squareRoot()
        #expect(abs((drift.intervals[0].upper[1] - drift.mean[1]) - z * sigma * (2 * (1 + 2.0 / 7)).squareRoot()) < 1e-9)
    }
}
