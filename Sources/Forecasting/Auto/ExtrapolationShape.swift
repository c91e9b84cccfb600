/// How a straight line's prediction interval widens step by step past the end of its data:
/// the ratio `r_h = √(1 + 1/n + (t_h − t̄)² / Σ(t − t̄)²)` of its prediction variance to the
/// noise variance, with t = 0…n−1, t̄ = (n − 1)/2 and t_h = n − 1 + h (Montgomery, Peck &
/// Vining, *Introduction to Linear Regression Analysis*, §2.4.2).
///
/// `AutoForecast` uses it twice: its root mean square over the calibrated steps is the level
/// of the calibration prior (`IntervalCalibration.extrapolationPrior`), and `multiplier(step:)`
/// spreads that level over the steps, so under the prior each step is as wide as the line's
/// own interval at that step rather than at the average step. Members' intervals mostly
/// ignore that their level and trend are estimated, which matters most at the last steps of
/// short series (Chatfield 1993, "Calculating interval forecasts"). With fewer than 3
/// observations no line can be checked against residuals, and every multiplier is 1.
struct ExtrapolationShape: Sendable {
    let observations: Int
    /// √(mean of r_h² over steps 1…calibrationHorizon).
    let rootMeanSquare: Double

    /// - Precondition: `observations ≥ 0`, `calibrationHorizon ≥ 1`.
    init(observations: Int, calibrationHorizon: Int) {
        precondition(observations >= 0 && calibrationHorizon >= 1, "invalid extrapolation shape")
        self.observations = observations
        let squares = (1...calibrationHorizon).reduce(0.0) { total, step in
            let ratio = Self.ratio(observations: observations, step: step)
            return total + ratio * ratio
        }
        rootMeanSquare = (squares / Double(calibrationHorizon)).squareRoot()
    }

    /// r_h for step h ≥ 1; 1 with fewer than 3 observations.
    static func ratio(observations n: Int, step h: Int) -> Double {
        guard n >= 3 else { return 1 }
        let count = Double(n)
        let distance = count - 1 + Double(h) - (count - 1) / 2
        let spread = count * (count * count - 1) / 12
        return (1 + 1 / count + distance * distance / spread).squareRoot()
    }

    /// r_h over its root mean square on the calibrated steps: 1 on average there, below 1 at
    /// the first steps and above at the last.
    func multiplier(step: Int) -> Double {
        Self.ratio(observations: observations, step: step) / rootMeanSquare
    }
}
