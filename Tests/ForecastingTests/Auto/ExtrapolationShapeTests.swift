@testable import Forecasting
import Testing

@Suite("Extrapolation shape")
struct ExtrapolationShapeTests {
    /// n = 10: t̄ = 4.5, Σ(t − t̄)² = 10·99/12 = 82.5; step 1 is t = 10, 5.5 from the centre,
    /// so r² = 1 + 0.1 + 30.25/82.5 = 1.466667; step 3: 1.1 + 7.5²/82.5 = 1.781818.
    @Test("the ratio is a least-squares line's prediction-variance ratio")
    func ratio() {
        #expect(abs(ExtrapolationShape.ratio(observations: 10, step: 1) - 1.466_666_666_7.squareRoot()) < 1e-9)
        #expect(abs(ExtrapolationShape.ratio(observations: 10, step: 3) - 1.781_818_181_8.squareRoot()) < 1e-9)
        #expect(ExtrapolationShape.ratio(observations: 2, step: 5) == 1)
    }

    @Test("multipliers average 1 in square over the calibrated steps and grow with the step")
    func multipliers() {
        let shape = ExtrapolationShape(observations: 20, calibrationHorizon: 6)
        let multipliers = (1...6).map { shape.multiplier(step: $0) }
        #expect(abs(multipliers.reduce(0) { $0 + $1 * $1 } / 6 - 1) < 1e-12)
        #expect(zip(multipliers, multipliers.dropFirst()).allSatisfy { $0 < $1 })
        #expect(abs(shape.rootMeanSquare - IntervalCalibration.extrapolationPrior(observations: 20, horizon: 6)) < 1e-12)
        #expect(ExtrapolationShape(observations: 1, calibrationHorizon: 3).multiplier(step: 3) == 1)
    }
}
