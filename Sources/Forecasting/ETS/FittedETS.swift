/// A fitted ETS model: its form, parameters, states and fit statistics.
public struct FittedETS: FittedModel {
    public let form: ETSForm
    /// Periods per seasonal cycle of the series it was fitted to.
    public let seasonalPeriod: Int
    public let parameters: ETSParameters
    /// The estimated state before the first observation.
    public let initialState: ETSState
    /// The state after the last observation, from which forecasts start.
    public let finalState: ETSState
    /// Innovation variance σ² (of ε_t, relative for multiplicative errors).
    public let sigma2: Double
    /// Gaussian log-likelihood (with σ² profiled out). `forecast::ets` reports
    /// −½(n log Σε² + 2Σ log μ) instead, which differs by the constant −(n/2)(log(2π/n) + 1).
    public let logLikelihood: Double
    public let aic: Double
    public let aicc: Double
    public let bic: Double
    public let fittedValues: [Double]
    /// Innovations ε_t (y_t − μ_t, or (y_t − μ_t)/μ_t with multiplicative errors).
    public let residuals: [Double]
    /// The fully estimated forms and their AICc, best first: the fixed form, or under
    /// automatic selection the `ETS.refinedCandidates` forms that screening ranked highest.
    public let candidates: [ETSCandidate]
    /// What the fit had to simplify or skip, in plain words (empty when nothing).
    public let notes: [String]
    /// Factor applied to the forecast-error variance (1 = the textbook model).
    public private(set) var varianceInflation: Double

    init(_ estimate: ETSEstimate, seasonalPeriod: Int, candidates: [ETSCandidate], notes: [String],
         varianceInflation: Double) {
        form = estimate.form
        self.seasonalPeriod = seasonalPeriod
        parameters = estimate.parameters
        initialState = estimate.initialState
        finalState = estimate.finalState
        sigma2 = estimate.sigma2
        logLikelihood = estimate.logLikelihood
        aic = estimate.aic
        aicc = estimate.aicc
        bic = estimate.bic
        fittedValues = estimate.fittedValues
        residuals = estimate.residuals
        self.candidates = candidates
        self.notes = notes
        self.varianceInflation = varianceInflation
    }

    /// The same model with forecast-error variances multiplied by `factor` instead, e.g. a
    /// calibration factor found by backtesting: intervals widen by √factor, means are unchanged.
    /// - Precondition: `factor` is positive and finite.
    public func withVarianceInflation(_ factor: Double) -> FittedETS {
        precondition(factor.isFinite && factor > 0, "variance inflation must be positive and finite")
        var copy = self
        copy.varianceInflation = factor
        return copy
    }

    /// "ETS(M,Ad,M) (α = 0.059, β = 0.0001, γ = 0.217, φ = 0.974, AICc 3642.4)", then any
    /// notes after a semicolon, in the style of the other models' summaries.
    public var summary: String {
        var parts = ["α = \(formatSignificant(parameters.alpha))"]
        if let beta = parameters.beta { parts.append("β = \(formatSignificant(beta))") }
        if let gamma = parameters.gamma { parts.append("γ = \(formatSignificant(gamma))") }
        if let phi = parameters.phi { parts.append("φ = \(formatSignificant(phi))") }
        // A constant series fits exactly (AICc −∞), which says nothing to a reader.
        if aicc.isFinite { parts.append("AICc \(formatSignificant(aicc))") }
        let details = ([parts.joined(separator: ", ")] + notes).joined(separator: "; ")
        return "\(form) (\(details))"
    }
}

/// One form considered by automatic selection and its AICc.
public struct ETSCandidate: Sendable, Equatable {
    public let form: ETSForm
    public let aicc: Double
}
