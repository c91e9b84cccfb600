@testable import Forecasting
import Statistics
import Testing

@Suite("interval calibration")
struct IntervalCalibrationTests {
    /// Scores |Z| of exactly standard normal errors should leave the factors near 1. The
    /// sample p-quantile of N = 20,000 scores has standard error √(p(1−p)/N) / f(q), with f the
    /// density of |Z| at its quantile q: at 95%, f(1.96) = 2φ(1.96) = 0.117, giving 0.013, or
    /// 0.7% of 1.96 (smaller at 50% and 80%). The 3% tolerance is over 4 standard errors; the
    /// prior (100 pseudo-scores) and the conformal level shift (p/N) move factors by < 0.4%.
    @Test("calibration of normal errors keeps factors near 1")
    func normalScores() {
        var rng = RandomStream(seed: 5)
        let scores = (0..<20_000).map { _ in abs(Normal.standardSample(using: &rng)) }
        let calibration = IntervalCalibration(scores: scores)
        for level in [0.5, 0.8, 0.95] {
            #expect(abs(calibration.factor(forLevel: level) - 1) < 0.03, "level \(level)")
        }
    }

    /// Same sampling error as above, relative: 3% of 2.
    @Test("errors twice as large as claimed double the factors; none keeps the prior")
    func scaledScores() {
        var rng = RandomStream(seed: 6)
        let scores = (0..<20_000).map { _ in 2 * abs(Normal.standardSample(using: &rng)) }
        #expect(abs(IntervalCalibration(scores: scores).factor(forLevel: 0.8) - 2) < 0.06)
        #expect(IntervalCalibration(scores: []).factor(forLevel: 0.9) == IntervalCalibration.priorFactor)
    }

    /// Scores with tails heavier than normal (the normal quantile q stretched to q(1 + 0.6q))
    /// give factors that grow with the level, so a deviate's move depends on which interval
    /// it ends.
    @Test("a calibrated deviate is the interval end's factor times z, odd and increasing")
    func calibratedDeviate() {
        let scores = (1...400).map { rank in
            let q = Normal.standardQuantile(0.5 + 0.5 * Double(rank) / 401)
            return q * (1 + 0.6 * q)
        }
        let calibration = IntervalCalibration(scores: scores)
        #expect(calibration.factor(forLevel: 0.95) > calibration.factor(forLevel: 0.5) * 1.2)
        for level in [0.3, 0.5, 0.8, 0.9, 0.95, 0.99] {
            let z = Normal.standardQuantile(0.5 + level / 2)
            #expect(abs(calibration.calibratedDeviate(z) - calibration.factor(forLevel: level) * z) < 1e-12, "level \(level)")
            #expect(calibration.calibratedDeviate(-z) == -calibration.calibratedDeviate(z))
        }
        let grid = stride(from: -5.0, through: 5.0, by: 0.01).map(calibration.calibratedDeviate)
        #expect(zip(grid, grid.dropFirst()).allSatisfy { $0 < $1 })
    }
}
