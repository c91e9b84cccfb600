import Foundation

/// The maximum-likelihood fit of one ETS form to one series.
struct ETSEstimate: Sendable {
    let form: ETSForm
    let parameters: ETSParameters
    let initialState: ETSState
    let finalState: ETSState
    let fittedValues: [Double]
    /// Innovations ε_t: y_t − μ_t, or (y_t − μ_t)/μ_t with multiplicative errors.
    let residuals: [Double]
    /// Innovation variance Σε²/(n − p), p = smoothing parameters + free initial states (as
    /// `forecast::ets`).
    let sigma2: Double
    /// Gaussian log-likelihood at the estimate, σ² profiled out (σ̂² = Σε²/n).
    let logLikelihood: Double
    /// Estimated quantities: smoothing parameters, free initial states and σ².
    let parameterCount: Int

    var observationCount: Int { residuals.count }
    /// Akaike's criterion −2 log L + 2k.
    var aic: Double { -2 * logLikelihood + 2 * Double(parameterCount) }
    /// AIC with the small-sample correction 2k(k + 1)/(n − k − 1) (Hurvich & Tsai 1989).
    var aicc: Double {
        let n = Double(observationCount), k = Double(parameterCount)
        return n - k - 1 > 0 ? aic + 2 * k * (k + 1) / (n - k - 1) : .infinity
    }
    /// Schwarz's criterion −2 log L + k log n.
    var bic: Double { -2 * logLikelihood + Double(parameterCount) * Foundation.log(Double(observationCount)) }
}

extension ETSEstimate {
    /// The model's states and fit statistics from the given parameters and initial state.
    /// Returns `nil` if the fit is not finite (a multiplicative model whose forecasts reach 0).
    init?(form: ETSForm, y: [Double], m: Int, parameters: ETSParameters, initialState: ETSState) {
        var recursion = ETSRecursion(form: form, smoothing: parameters.smoothing,
                                     level: initialState.level, slope: initialState.slope)
        var season = initialState.seasonal
        let (fitted, innovations) = season.withUnsafeMutableBufferPointer {
            recursion.filter(y: y, season: $0)
        }
        let n = y.count
        let freeParameters = form.smoothingParameterCount + form.initialStateCount(seasonalPeriod: m)
        let sumOfSquares = innovations.reduce(0) { $0 + $1 * $1 }
        var logLikelihood = -0.5 * Double(n) * (Foundation.log(2 * Double.pi * sumOfSquares / Double(n)) + 1)
        if form.error == .multiplicative {
            logLikelihood -= fitted.reduce(0) { $0 + Foundation.log(abs($1)) }
        }
        guard logLikelihood.isFinite, fitted.allSatisfy(\.isFinite) else { return nil }
        // The buffer's next-period term is at `seasonIndex`; rotate so index 0 is period n + 1.
        let rotated = season.isEmpty ? [] : Array(season[recursion.seasonIndex...] + season[..<recursion.seasonIndex])
        self.form = form
        self.parameters = parameters
        self.initialState = initialState
        finalState = ETSState(level: recursion.level, slope: recursion.slope, seasonal: rotated)
        fittedValues = fitted
        residuals = innovations
        sigma2 = sumOfSquares / Double(n > freeParameters ? n - freeParameters : n)
        self.logLikelihood = logLikelihood
        parameterCount = freeParameters + 1
    }
}

extension ETSEstimate {
    /// The exact fit to a constant series: ETS(A,N,N) with ℓ₀ = the value, zero innovations
    /// and σ² = 0. Its likelihood is unbounded, so log L = +∞ and the criteria are −∞.
    static func constant(_ y: [Double], form: ETSForm) -> ETSEstimate? {
        guard let value = y.first else { return nil }
        let state = ETSState(level: value)
        return ETSEstimate(form: form, parameters: ETSParameters(alpha: ETSObjective.smoothingMargin),
                           initialState: state, finalState: state,
                           fittedValues: y, residuals: [Double](repeating: 0, count: y.count),
                           sigma2: 0, logLikelihood: .infinity, parameterCount: 3)
    }
}
