@testable import Forecasting
import Foundation
import Statistics
import Testing

@Suite("Dynamic optimised Theta")
struct DynamicOptimisedThetaTests {
    /// y_t = 50 + 0.8t + 0.02t² + 6 sin 2.3t + 4 cos t^1.1, t = 0 … 29: a curving trend with
    /// irregular wiggles, deterministic so any implementation can reproduce it.
    static let curving: [Double] = (0..<30).map { t in
        let x = Double(t)
        return 50 + 0.8 * x + 0.02 * x * x + 6 * sin(2.3 * x) + 4 * cos(pow(x, 1.1))
    }

    /// Reference: the recursion of Fiorucci et al. (2016) as printed in their `forecTheta`
    /// package, run directly in double precision and minimised over (ℓ₀, α, θ) by SciPy's
    /// Nelder–Mead from four starts (tolerance 1e-12): ℓ₀ = 33.48598961, α = 0.34218023,
    /// θ = 1.5768415, SSE 1434.821228798917, means 86.554488, 87.0335113, 87.50576812,
    /// 87.97095654. The fit here solves ℓ₀ and θ exactly for each α and finds α by golden
    /// section to about 1e-9, so it reaches the same minimum: SSE within 1e-9 relative,
    /// α and θ within 1e-5 relative (the minimum is smooth, so parameters are known to
    /// about the square root of the objective's precision), means within 1e-6 relative.
    @Test("reaches the least-squares optimum of the published recursion")
    func reference() throws {
        let fitted = try DynamicOptimisedTheta().fit(TimeSeries(values: Self.curving, seasonalPeriod: 1))
        let profile = DynamicOptimisedTheta.profile(Self.curving, alpha: fitted.alpha)
        #expect(abs(profile.sse / 1434.821228798917 - 1) < 1e-9, "SSE \(profile.sse)")
        #expect(abs(fitted.alpha / 0.34218023 - 1) < 1e-5, "α \(fitted.alpha)")
        #expect(abs(1 / (1 - fitted.weight) / 1.5768415 - 1) < 1e-5, "θ \(1 / (1 - fitted.weight))")
        #expect(abs(profile.initialLevel / 33.48598961 - 1) < 1e-5, "ℓ₀ \(profile.initialLevel)")
        let means = [86.554488, 87.0335113, 87.50576812, 87.97095654]
        let forecast = fitted.forecast(horizon: 4, levels: [0.8])
        for h in 0..<4 {
            #expect(abs(forecast.mean[h] / means[h] - 1) < 1e-6, "mean h=\(h + 1): \(forecast.mean[h])")
        }
    }

    /// The running slope and intercept must be the exact least-squares line of the values
    /// seen so far (Fiorucci et al. 2016, eq. 8): checked against the closed-form OLS line
    /// after every observation, to 1e-9 relative (a few roundings per update).
    @Test("the dynamic state keeps the least-squares line of the data seen so far")
    func stateIsLeastSquaresLine() {
        var state = DynamicThetaState(first: Self.curving[0], initialLevel: 0, alpha: 0.5)
        for t in 1..<Self.curving.count {
            state.absorb(Self.curving[t], alpha: 0.5)
            let seen = Array(Self.curving[...t])
            let slope = Theta.leastSquaresSlope(seen)
            let mean = seen.reduce(0, +) / Double(seen.count)
            // Times run 1 … t + 1 in the paper's numbering, so the intercept is at time 0.
            let intercept = mean - slope * Double(seen.count + 1) / 2
            #expect(abs(state.slope - slope) <= 1e-9 * abs(slope), "slope after \(t + 1)")
            #expect(abs(state.mean - mean) <= 1e-9 * abs(mean), "mean after \(t + 1)")
            #expect(abs((state.mean - state.slope * Double(state.count + 1) / 2) - intercept) <= 1e-9 * abs(intercept))
        }
    }

    /// The interval widths come from impulse responses; the spread of sample paths, which
    /// run the recursion on simulated values, must agree. 20,000 paths: the sample variance
    /// has relative standard error √(2/20,000) = 1%, so 5% is five standard errors.
    @Test("interval widths match the spread of the sample paths")
    func widthsMatchPaths() throws {
        let fitted = try DynamicOptimisedTheta().fit(TimeSeries(values: Self.curving, seasonalPeriod: 1))
        let horizon = 8
        let variances = fitted.errorVariances(horizon: horizon).map { $0 * fitted.sigma * fitted.sigma }
        let paths = fitted.simulate(horizon: horizon, paths: 20_000, seed: 17)
        for h in [0, 3, 7] {
            let values = paths.map { $0[h] }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
            #expect(abs(variance / variances[h] - 1) < 0.05, "h=\(h + 1): paths \(variance), formula \(variances[h])")
        }
        #expect(variances[7] > variances[0])
    }

    /// Simulated from the model itself (α = 0.4, θ = 3, σ = 1, 600 observations), the fit
    /// recovers α, w = 1 − 1/θ and σ. Over 20 other seeds the estimates' standard deviations
    /// were 0.042 (α), 0.014 (w) and 0.030 (σ), so each tolerance is about four of them.
    @Test("recovers α and θ from a series simulated by the model", arguments: [3, 11])
    func recovery(seed: UInt64) throws {
        var rng = RandomStream(seed: seed)
        let alpha = 0.4, weight = 2.0 / 3
        var values = [20 + Normal.standardSample(using: &rng)]
        var state = DynamicThetaState(first: values[0], initialLevel: 20, alpha: alpha)
        for _ in 1..<600 {
            let y = state.forecast(alpha: alpha, weight: weight) + Normal.standardSample(using: &rng)
            values.append(y)
            state.absorb(y, alpha: alpha)
        }
        let fitted = try DynamicOptimisedTheta().fit(TimeSeries(values: values, seasonalPeriod: 1))
        #expect(abs(fitted.alpha - alpha) < 0.17, "α \(fitted.alpha)")
        #expect(abs(fitted.weight - weight) < 0.06, "w \(fitted.weight)")
        #expect(abs(fitted.sigma - 1) < 0.12, "σ \(fitted.sigma)")
    }

    /// A straight line with a small wobble: the full trend line fits best, so w runs into
    /// its bound, and the summary says so rather than print a measured-looking 1000.00.
    @Test("θ at its upper bound is named as the bound")
    func thetaAtBound() throws {
        let values = (0..<40).map { 10 + 2 * Double($0) + 0.1 * sin(Double($0)) }
        let fitted = try DynamicOptimisedTheta().fit(TimeSeries(values: values, seasonalPeriod: 1))
        #expect(fitted.weight == DynamicOptimisedTheta.maximumWeight)
        #expect(fitted.summary.contains("θ at its bound 1000"), "\(fitted.summary)")
    }

    @Test("too short a series is refused with the model's name")
    func tooShort() {
        #expect(throws: FitError(model: "dotm", reason: "needs at least 5 observations, found 4")) {
            try DynamicOptimisedTheta().fit(TimeSeries(values: [1, 2, 3, 4], seasonalPeriod: 1))
        }
    }
}
