extension ARIMA {
    /// Chooses D, d and then (p, q, P, Q, constant) by the stepwise AICc search of Hyndman &
    /// Khandakar (2008, §3.2); returns the best estimate, nil when no order can be estimated.
    ///
    /// Start from ARIMA(2,d,2)(1,D,1), (0,d,0)(0,D,0), (1,d,0)(1,D,0) and (0,d,1)(0,D,1) (with a
    /// constant when d + D ≤ 1, seasonal parts only for seasonal data); then repeatedly move to
    /// the first neighbour with a lower AICc, neighbours being: P or Q ± 1, both ± 1, p or q
    /// ± 1, both ± 1, and the constant toggled. Stops when no neighbour improves or after
    /// `maximumModels` estimates. The chosen model is then polished (`ARIMAEstimate.finalTolerance`).
    /// - Complexity: at most `maximumModels` CSS fits.
    func search(_ y: [Double], period m: Int, varianceFloor: Double) -> ARIMAEstimate? {
        precondition(min(maximumP, maximumQ, maximumSeasonalP, maximumSeasonalQ) >= 0, "ARIMA search limits are non-negative")
        let seasonalData = m > 1 && y.count >= 2 * m
        let canDifferenceSeasonally = seasonalData
            && y.count - m >= Self.minimumDifferencedLength + KPSSTest.maximumDifferences
        let seasonalD = canDifferenceSeasonally && SeasonalStrength.strength(y, period: m) > SeasonalStrength.threshold ? 1 : 0
        let x = Self.difference(y, d: 0, seasonalD: seasonalD, period: m)
        let d = KPSSTest.differencesNeeded(x, minimumLength: Self.minimumDifferencedLength)
        let w = Self.difference(x, d: d, seasonalD: 0, period: m)
        let constantAllowed = d + seasonalD <= 1
        let limits = (p: maximumP, q: maximumQ,
                      P: seasonalData ? maximumSeasonalP : 0, Q: seasonalData ? maximumSeasonalQ : 0)

        func order(_ p: Int, _ q: Int, _ P: Int, _ Q: Int, _ constant: Bool) -> ARIMAOrder? {
            guard (0...limits.p).contains(p), (0...limits.q).contains(q),
                  (0...limits.P).contains(P), (0...limits.Q).contains(Q), !constant || constantAllowed
            else { return nil }
            return ARIMAOrder(p: p, d: d, q: q, seasonalP: P, seasonalD: seasonalD, seasonalQ: Q, includesConstant: constant)
        }
        var tried = [ARIMAOrder: ARIMAEstimate?]()
        var best: ARIMAEstimate?
        /// Estimates `candidate` unless already tried or over budget; true when it is the new best.
        func consider(_ candidate: ARIMAOrder?) -> Bool {
            guard let candidate, tried[candidate] == nil, tried.count < maximumModels else { return false }
            let estimate = ARIMAEstimate.fit(candidate, differenced: w, period: m, varianceFloor: varianceFloor)
            tried[candidate] = .some(estimate)
            guard let estimate, estimate.aicc < best?.aicc ?? .infinity else { return false }
            best = estimate
            return true
        }
        let seasonalStart = limits.P > 0 || limits.Q > 0 ? 1 : 0
        for (p, q, P, Q) in [(2, 2, seasonalStart, seasonalStart), (0, 0, 0, 0), (1, 0, seasonalStart, 0), (0, 1, 0, seasonalStart)] {
            _ = consider(order(min(p, limits.p), min(q, limits.q), min(P, limits.P), min(Q, limits.Q), constantAllowed))
        }
        var improved = true
        while improved, tried.count < maximumModels, let current = best?.order {
            improved = false
            let (p, q, P, Q, c) = (current.p, current.q, current.seasonalP, current.seasonalQ, current.includesConstant)
            let moves: [ARIMAOrder?] = [
                order(p, q, P - 1, Q, c), order(p, q, P + 1, Q, c), order(p, q, P, Q - 1, c), order(p, q, P, Q + 1, c),
                order(p, q, P - 1, Q - 1, c), order(p, q, P + 1, Q + 1, c), order(p, q, P - 1, Q + 1, c), order(p, q, P + 1, Q - 1, c),
                order(p - 1, q, P, Q, c), order(p + 1, q, P, Q, c), order(p, q - 1, P, Q, c), order(p, q + 1, P, Q, c),
                order(p - 1, q - 1, P, Q, c), order(p + 1, q + 1, P, Q, c), order(p - 1, q + 1, P, Q, c), order(p + 1, q - 1, P, Q, c),
                order(p, q, P, Q, !c),
            ]
            for move in moves where consider(move) {
                improved = true
                break
            }
        }
        return best.map { rough in
            ARIMAEstimate.fit(rough.order, differenced: w, period: m, varianceFloor: varianceFloor,
                              tolerance: ARIMAEstimate.finalTolerance, start: rough.coordinates) ?? rough
        }
    }
}
