extension ETS {
    /// How many screened candidates are fully estimated. Screening ranks forms by AICc with
    /// the initial states at their heuristic values; refining the best few recovers nearly
    /// all of the exhaustive search's likelihood at a fraction of its cost.
    public static let refinedCandidates = 5

    /// Fits the fixed form, or selects the form with the lowest AICc among the candidates.
    ///
    /// - Throws: `FitError` when a value is not finite, the series is too short for even the
    ///   simplest candidate, a fixed multiplicative part meets non-positive data, a fixed
    ///   seasonal part meets a period outside 2…24, the fixed form ETS(A,·,M) is asked for,
    ///   `varianceInflation` is not positive and finite, or no candidate could be optimised.
    /// - Complexity: O(n) per likelihood evaluation; at most 100 evaluations to screen each
    ///   candidate and 1,200 to refine each of the best `refinedCandidates`.
    public func fit(_ series: TimeSeries) throws(FitError) -> FittedETS {
        let y = series.values, m = series.seasonalPeriod
        try validate(y)
        var notes: [String] = []
        let forms = try candidateForms(y, m: m, notes: &notes)
        // After the length checks: one observation, or a few equal ones, are no evidence of a
        // constant series.
        if let constant = constantFit(y, m: m) { return constant }
        // Screen every candidate cheaply, then refine the most promising by the screened AICc.
        var searches = forms.map { ETSEstimator($0, y: y, m: m) }
        searches.sort { $0.rankingCriterion < $1.rankingCriterion }
        var best: ETSEstimate?
        var candidates: [ETSCandidate] = []
        for index in searches.indices {
            // Refine the best few; go further down the ranking only if all of those failed.
            if index >= Self.refinedCandidates && best != nil { break }
            guard let estimate = searches[index].refine() else { continue }
            candidates.append(ETSCandidate(form: estimate.form, aicc: estimate.aicc))
            if best == nil || estimate.aicc < best!.aicc { best = estimate }
        }
        guard let best else {
            throw FitError(model: name, reason: "the likelihood could not be optimised for "
                           + (forms.count == 1 ? "\(forms[0])" : "any of \(forms.count) candidate models")
                           + "; the series may be too erratic for exponential smoothing, so try the theta or damped model")
        }
        candidates.sort { $0.aicc < $1.aicc }
        return FittedETS(best, seasonalPeriod: m, candidates: candidates, notes: notes,
                         varianceInflation: varianceInflation)
    }

    private func validate(_ y: [Double]) throws(FitError) {
        guard varianceInflation.isFinite && varianceInflation > 0 else {
            throw FitError(model: name, reason: "varianceInflation must be positive and finite; found \(varianceInflation)")
        }
        guard !y.isEmpty else { throw FitError(model: name, reason: "the series is empty") }
        if let bad = y.firstIndex(where: { !$0.isFinite }) {
            throw FitError(model: name, reason: "observation \(bad + 1) is \(y[bad]); every value must be a finite number")
        }
    }

    /// A series with no variation has zero innovations: ETS(A,N,N) with σ² = 0 describes it
    /// exactly, and the likelihood (log 0) cannot be optimised.
    private func constantFit(_ y: [Double], m: Int) -> FittedETS? {
        guard let first = y.first, y.allSatisfy({ $0 == first }) else { return nil }
        let form = ETSForm(error: .additive, trend: .none, season: .none)
        guard let estimate = ETSEstimate.constant(y, form: form) else { return nil }
        return FittedETS(estimate, seasonalPeriod: m, candidates: [ETSCandidate(form: form, aicc: estimate.aicc)],
                         notes: ["the series is constant, so the forecast is that value with no uncertainty"],
                         varianceInflation: varianceInflation)
    }
}
