import RealModule

/// Least-squares criterion of the Hill–adstock curve, with the linear parameters profiled out.
///
/// For fixed (H, k, θ) the model b + V·gₜ (gₜ the saturating fraction) is linear in the
/// baseline b and ceiling V, so they are solved in closed form with b, V ≥ 0 and only
/// (ln H, ln k, θ) are searched: variable projection (Golub & Pereyra, "The differentiation of
/// pseudo-inverses and nonlinear least squares problems whose variables separate", SIAM J.
/// Numer. Anal. 10(2), 1973). Spend and leads are divided by their means so every
/// coordinate is O(1). Coordinates: [ln h, ln k, θ] with h = H/mean(spend), or [ln k, θ]
/// when `fixedLogHalfSpend` is set (the profile over H).
struct HillAdstockObjective: NelderMeadObjective {
    /// Spend divided by its mean.
    let spend: [Double]
    /// Leads divided by their mean.
    let leads: [Double]
    let includesBaseline: Bool
    var fixedLogHalfSpend: Double?
    private var saturated: [Double]

    init(spend: [Double], leads: [Double], includesBaseline: Bool, fixedLogHalfSpend: Double? = nil) {
        self.spend = spend
        self.leads = leads
        self.includesBaseline = includesBaseline
        self.fixedLogHalfSpend = fixedLogHalfSpend
        saturated = [Double](repeating: 0, count: spend.count)
    }

    /// The curve's (ln h, ln k, θ) at optimiser coordinates `x`.
    func parameters(_ x: UnsafeBufferPointer<Double>) -> (logHalfSpend: Double, logSlope: Double, carryover: Double) {
        if let fixedLogHalfSpend { return (fixedLogHalfSpend, x[0], x[1]) }
        return (x[0], x[1], x[2])
    }

    mutating func value(at x: UnsafeBufferPointer<Double>) -> Double {
        let (logHalfSpend, logSlope, carryover) = parameters(x)
        return fitLinear(logHalfSpend: logHalfSpend, logSlope: logSlope, carryover: carryover).residualSquares
    }

    /// The best non-negative (b, V) for the given curve shape, and the residual sum of squares.
    mutating func fitLinear(logHalfSpend: Double, logSlope: Double, carryover: Double)
        -> (baseline: Double, maxLeads: Double, residualSquares: Double) {
        let halfSpend = Double.exp(logHalfSpend), slope = Double.exp(logSlope)
        var carried = 0.0
        var sumG = 0.0, sumY = 0.0, sumGG = 0.0, sumGY = 0.0
        for t in spend.indices {
            carried = spend[t] + carryover * carried
            let g = HillAdstock.saturation(carried, halfSpend: halfSpend, slope: slope)
            saturated[t] = g
            sumG += g; sumY += leads[t]; sumGG += g * g; sumGY += g * leads[t]
        }
        let n = Double(spend.count)
        var baseline = 0.0, maxLeads = sumGG > 0 ? max(0, sumGY / sumGG) : 0
        if includesBaseline {
            let centredGG = sumGG - sumG * sumG / n, centredGY = sumGY - sumG * sumY / n
            let slopeOnly = centredGG > 0 ? centredGY / centredGG : 0
            let interceptOnly = (sumY - slopeOnly * sumG) / n
            if slopeOnly <= 0 {
                (baseline, maxLeads) = (sumY / n, 0)
            } else if interceptOnly >= 0 {
                (baseline, maxLeads) = (interceptOnly, slopeOnly)
            }
        }
        var squares = 0.0
        for t in spend.indices {
            let residual = leads[t] - baseline - maxLeads * saturated[t]
            squares += residual * residual
        }
        return (baseline, maxLeads, squares)
    }
}
