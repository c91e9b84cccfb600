@testable import Forecasting
import Statistics
import Testing

@Suite("Calibration prior")
struct IntervalCalibrationPriorTests {
    /// Worked by hand: n = 3 points at t = 0, 1, 2 (t̄ = 1, Σ(t − t̄)² = 2) and one step ahead
    /// (t = 3): 1 + 1/3 + (3 − 1)²/2 = 10/3, whose root is 1.825742. 1e-12 is rounding only.
    @Test("extrapolation prior matches the regression prediction-variance formula")
    func handWorked() {
        #expect(abs(IntervalCalibration.extrapolationPrior(observations: 3, horizon: 1) - (10.0 / 3).squareRoot()) < 1e-12)
    }

    @Test("extrapolation prior shrinks toward 1 with more data and grows with the horizon")
    func limits() {
        let short = IntervalCalibration.extrapolationPrior(observations: 14, horizon: 6)
        let long = IntervalCalibration.extrapolationPrior(observations: 126, horizon: 6)
        #expect(short > long && long > 1)
        // (t_h − t̄)²/Σ(t − t̄)² ≈ 3/n for h ≪ n: below 1e-4 at n = 10⁵.
        #expect(IntervalCalibration.extrapolationPrior(observations: 100_000, horizon: 1) - 1 < 1e-4)
        #expect(IntervalCalibration.extrapolationPrior(observations: 20, horizon: 8)
                > IntervalCalibration.extrapolationPrior(observations: 20, horizon: 2))
        #expect(IntervalCalibration.extrapolationPrior(observations: 2, horizon: 3) == IntervalCalibration.factorRange.upperBound)
    }

    /// Student-t quantiles from tables (Abramowitz & Stegun Table 26.10, 6 digits):
    /// t_{10, 0.975} = 2.228139, t_{10, 0.90} = 1.372184; 1e-5 covers the table's rounding.
    @Test("small-sample prior is the extrapolation prior times t over z", arguments: [(0.95, 2.228139), (0.8, 1.372184)])
    func studentRatio(level: Double, t: Double) {
        let n = 12, horizon = 4
        let expected = IntervalCalibration.extrapolationPrior(observations: n, horizon: horizon) * t / Normal.standardQuantile(0.5 + level / 2)
        #expect(abs(IntervalCalibration.smallSamplePrior(observations: n, horizon: horizon, level: level) - expected) < 1e-5)
    }

    /// t₄ quantiles from Abramowitz & Stegun Table 26.10 (6 digits): t_{4, 0.75} = 0.740697,
    /// t_{4, 0.90} = 1.533206, t_{4, 0.975} = 2.776445; 1e-5 covers the table's rounding.
    @Test("tail shape is the t₄-to-normal quantile ratio relative to the 50% level",
          arguments: [(0.5, 0.740697), (0.8, 1.533206), (0.95, 2.776445)])
    func tailShape(level: Double, t: Double) {
        let ratio = t / Normal.standardQuantile(0.5 + level / 2)
        let base = 0.740697 / Normal.standardQuantile(0.75)
        #expect(abs(IntervalCalibration.tailShape(level: level) - ratio / base) < 1e-5)
    }

    @Test("with no validation errors the factors are the prior's")
    func priorOnly() {
        let calibration = IntervalCalibration(scores: []) { level in
            IntervalCalibration.smallSamplePrior(observations: 12, horizon: 4, level: level)
        }
        for level in IntervalCalibration.calibratedLevels {
            let prior = IntervalCalibration.smallSamplePrior(observations: 12, horizon: 4, level: level)
            // The chain multiplies and divides the same prior values: rounding only.
            #expect(abs(calibration.factor(forLevel: level) - prior) < 1e-12, "level \(level)")
        }
    }
}
