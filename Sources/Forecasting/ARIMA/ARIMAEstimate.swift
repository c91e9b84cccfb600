import Foundation

/// One ARIMA order estimated by conditional sum of squares on the differenced series, with
/// its AICc: the unit the automatic search compares.
///
/// AICc follows R's `forecast::Arima` for CSS fits: with n* = n − d − mD differenced
/// observations, σ² = Σe²/ν and k + 1 parameters (k coefficients and σ²),
/// `AIC = n* log σ² + 2(k + 1)` (constants common to all models of the same d and D are
/// dropped, so only models with equal differencing are compared) and
/// `AICc = AIC + 2(k + 1)(k + 2)/(n* − k − 2)`. The reported σ² is forecast's
/// `Σe²/(n* − k)`, which widens intervals for the estimated coefficients.
struct ARIMAEstimate: Sendable {
    let order: ARIMAOrder
    let coefficients: ARMACoefficients
    /// The mean of the differenced series (0 without a constant).
    let mean: Double
    let sigma2: Double
    /// Residuals aligned with the differenced series; 0 for the conditioning observations.
    let residuals: [Double]
    let aicc: Double
    /// The optimiser's coordinates, to polish the estimate from.
    let coordinates: [Double]

    /// Nelder–Mead stops when the objective (½ log σ²) spreads less than this over the
    /// simplex: it moves AICc by at most 2n* · 10⁻⁴ (0.03 for 150 values), far below any
    /// difference that matters for the choice.
    static let searchTolerance = 1e-4
    /// The chosen model is polished to this tolerance from the search's point.
    static let finalTolerance = 1e-9
    /// Evaluation budget per dimension.
    static let evaluationsPerDimension = 60
    /// Initial simplex step in the unconstrained coordinates (partial autocorrelation ≈ 0.2,
    /// or 0.2 standard deviations of the mean).
    static let initialStep = 0.2
    /// Step for polishing from a found point.
    static let polishStep = 0.05
    /// Box for the unconstrained coordinates: tanh(4) ≈ 0.9993 keeps a partial
    /// autocorrelation off the unit circle; the mean stays within 4 standard deviations.
    static let coordinateBound = 4.0

    /// Fits `order` to the differenced series `w`; nil when too few residuals remain to
    /// estimate it (n* − k − 2 ≤ 0, where AICc is undefined).
    static func fit(_ order: ARIMAOrder, differenced w: [Double], period m: Int, varianceFloor: Double,
                    tolerance: Double = searchTolerance, start: [Double]? = nil) -> ARIMAEstimate? {
        let k = order.coefficientCount
        let nStar = Double(w.count)
        var objective = ConditionalSumOfSquares(w: w, order: order, period: m, varianceFloor: varianceFloor)
        guard objective.residualCount > k, nStar - Double(k) - 2 > 0 else { return nil }
        var point = start ?? [Double](repeating: 0, count: k)
        if k > 0 {
            let optimiser = NelderMead(tolerance: tolerance, maxEvaluations: evaluationsPerDimension * k)
            point = optimiser.minimise(
                &objective, start: point, steps: [Double](repeating: start == nil ? initialStep : polishStep, count: k),
                lower: [Double](repeating: -coordinateBound, count: k),
                upper: [Double](repeating: coordinateBound, count: k)).point
        }
        let logSigma = point.withUnsafeBufferPointer { objective.value(at: $0) } * 2
        let sigma2 = exp(logSigma) * Double(objective.residualCount) / (nStar - Double(k))
        let parameters = Double(k + 1)
        let aic = nStar * logSigma + 2 * parameters
        return point.withUnsafeBufferPointer { x in
            ARIMAEstimate(
                order: order,
                coefficients: ARMACoefficients(unconstrained: x, order: order),
                mean: objective.mean(at: x),
                sigma2: sigma2,
                residuals: objective.residuals,
                aicc: aic + 2 * parameters * (parameters + 1) / (nStar - parameters - 1),
                coordinates: point)
        }
    }

    /// `fit` at the search tolerance, then polished from that point at `finalTolerance`.
    static func fitPolished(_ order: ARIMAOrder, differenced w: [Double], period m: Int, varianceFloor: Double) -> ARIMAEstimate? {
        fit(order, differenced: w, period: m, varianceFloor: varianceFloor).map { rough in
            fit(order, differenced: w, period: m, varianceFloor: varianceFloor, tolerance: finalTolerance, start: rough.coordinates) ?? rough
        }
    }
}
