import Foundation

/// The state of the dynamic Theta models after t observations (Fiorucci et al. 2016, §3.2):
/// the SES level ℓ_t, the running mean Ȳ_t and the least-squares slope B_t of y_1 … y_t on
/// time, whose intercept is A_t = Ȳ_t − B_t (t + 1)/2.
///
/// One-step forecast: μ_{t+1} = ℓ_t + (1 − 1/θ) [A_t (1−α)^t + B_t (1 − (1−α)^{t+1})/α],
/// the θ line's SES forecast combined with the θ = 0 line (the regression line) that the
/// data seen so far imply. Updates on y_{t+1}: ℓ ← α y + (1−α) ℓ,
/// B ← ((t − 1) B + 6 (y − Ȳ_t)/(t + 1))/(t + 2), Ȳ ← (t Ȳ + y)/(t + 1), which keep B_t
/// and A_t the exact least-squares line of the first t values.
///
/// The recursion is linear and homogeneous in (ℓ, Ȳ, B, y), so a state started at zero and
/// fed a unit impulse gives the forecast errors' impulse responses.
struct DynamicThetaState {
    var level: Double
    var mean: Double
    var slope: Double
    /// t, the observations absorbed so far (≥ 1).
    var count: Int

    /// The state after the first observation: A_1 = y_1, B_1 = 0, ℓ_1 = α y_1 + (1−α) ℓ₀.
    init(first: Double, initialLevel: Double, alpha: Double) {
        level = alpha * first + (1 - alpha) * initialLevel
        mean = first
        slope = 0
        count = 1
    }

    /// A zero state at `count` observations, for impulse responses.
    init(zeroAt count: Int) {
        level = 0
        mean = 0
        slope = 0
        self.count = count
    }

    /// The bracket of the one-step forecast, A_t (1−α)^t + B_t (1 − (1−α)^{t+1})/α, given
    /// `decay` = (1−α)^t.
    func trendTerm(alpha: Double, decay: Double) -> Double {
        let intercept = mean - slope * (Double(count) + 1) / 2
        return intercept * decay + slope * (1 - decay * (1 - alpha)) / alpha
    }

    /// μ_{t+1} with trend weight `weight` = 1 − 1/θ.
    func forecast(alpha: Double, weight: Double) -> Double {
        level + weight * trendTerm(alpha: alpha, decay: pow(1 - alpha, Double(count)))
    }

    mutating func absorb(_ y: Double, alpha: Double) {
        let t = Double(count)
        level = alpha * y + (1 - alpha) * level
        slope = ((t - 1) * slope + 6 * (y - mean) / (t + 1)) / (t + 2)
        mean = (t * mean + y) / (t + 1)
        count += 1
    }
}
