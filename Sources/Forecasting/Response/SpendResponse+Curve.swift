import RealModule
import Statistics

extension SpendResponse {
    /// Fits the curve, checks its identifiability and states the verdict.
    func fitCurve(spend: [Double], leads: [Double], costPerLead: CostPerLead,
                  variation: Double) throws(FitError) -> SpendResponseEstimate {
        let spendScale = Descriptive.mean(spend), leadScale = Descriptive.mean(leads)
        var objective = HillAdstockObjective(spend: spend.map { $0 / spendScale }, leads: leads.map { $0 / leadScale },
                                             includesBaseline: includesBaseline)
        let best = Self.search(&objective)
        let (logH, logK, theta) = (best.point[0], best.point[1], best.point[2])
        let linear = objective.fitLinear(logHalfSpend: logH, logSlope: logK, carryover: theta)
        let curve = try HillAdstock(maxLeads: linear.maxLeads * leadScale, halfSpend: Double.exp(logH) * spendScale,
                                    slope: Double.exp(logK), carryover: theta)
        let parameterCount = includesBaseline ? 5.0 : 4.0
        let n = Double(spend.count)
        let residualSE = leadScale * (linear.residualSquares / (n - parameterCount)).squareRoot()
        let profile = Self.profile(&objective, at: best.point, minimum: best.value, factor: profileFactor)
        let halfSpendAtEdge = Swift.min(logH - Self.logHalfSpendRange.lowerBound,
                                        Self.logHalfSpendRange.upperBound - logH) < Self.edgeTolerance
        let choice: SpendResponseModel
        let reason: String
        if halfSpendAtEdge {
            choice = .costPerLead
            reason = "the half spend runs to the edge of the search range (\(Self.format(curve.halfSpend))): the curve is not identified, using cost per lead"
        } else if !profile.isPinned {
            choice = .costPerLead
            reason = "the data fit almost as well with a half spend \(Self.format(profileFactor))× lower or higher (likelihood-ratio statistics \(Self.format(profile.lowerStatistic)) and \(Self.format(profile.upperStatistic)); both must exceed \(Self.format(HalfSpendProfile.criticalValue))): the curve is not identified, using cost per lead"
        } else {
            choice = .hillCurve
            reason = "spend varies (coefficient of variation \(Self.format(variation))) and the half spend is pinned within \(Self.format(profileFactor))× (likelihood-ratio statistics \(Self.format(profile.lowerStatistic)) and \(Self.format(profile.upperStatistic)) > \(Self.format(HalfSpendProfile.criticalValue)))"
        }
        return SpendResponseEstimate(costPerLead: costPerLead, spendVariation: variation, curve: curve,
                                     baseline: linear.baseline * leadScale, residualStandardError: residualSE,
                                     profile: profile, choice: choice, reason: reason)
    }

    /// Distance in ln H below which the estimate counts as on the search box's edge.
    static let edgeTolerance = 1e-3
    /// Starting carry-overs and half spends (× mean effective spend) of the grid of starts.
    static let startCarryovers = [0.1, 0.4, 0.7]
    static let startHalfSpendMultipliers = [0.5, 1.0, 2.0]
    static let startSlope = 1.5
    static let initialStep = 0.3

    static var lower: [Double] { [logHalfSpendRange.lowerBound, logSlopeRange.lowerBound, carryoverRange.lowerBound] }
    static var upper: [Double] { [logHalfSpendRange.upperBound, logSlopeRange.upperBound, carryoverRange.upperBound] }

    /// Multi-start Nelder–Mead over (ln h, ln k, θ), then one restart from the best point.
    static func search(_ objective: inout HillAdstockObjective) -> NelderMead.Result {
        let optimiser = NelderMead(tolerance: tolerance, maxEvaluations: maxEvaluations)
        let steps = [initialStep, initialStep, initialStep]
        var best: NelderMead.Result?
        for theta in startCarryovers {
            for multiplier in startHalfSpendMultipliers {
                // Scaled spend has mean 1, so steady effective spend is 1/(1 − θ).
                let start = [Double.log(multiplier / (1 - theta)), Double.log(startSlope), theta]
                let result = optimiser.minimise(&objective, start: start, steps: steps, lower: lower, upper: upper)
                if best == nil || result.value < best!.value { best = result }
            }
        }
        let restart = optimiser.minimise(&objective, start: best!.point, steps: steps, lower: lower, upper: upper)
        return restart.value < best!.value ? restart : best!
    }

    /// The profile statistics with ln h fixed at ln ĥ ∓ ln f, re-optimising (ln k, θ) from the
    /// best fit's values (and from the grid's carry-overs, keeping the best).
    static func profile(_ objective: inout HillAdstockObjective, at point: [Double], minimum: Double,
                        factor: Double) -> HalfSpendProfile {
        let optimiser = NelderMead(tolerance: tolerance, maxEvaluations: maxEvaluations)
        let n = Double(objective.spend.count)
        var statistics: [Double] = []
        for direction in [-1.0, 1.0] {
            objective.fixedLogHalfSpend = point[0] + direction * Double.log(factor)
            var profiled = Double.infinity
            for start in [[point[1], point[2]]] + startCarryovers.map({ [point[1], $0] }) {
                let result = optimiser.minimise(&objective, start: start, steps: [initialStep, initialStep],
                                                lower: [logSlopeRange.lowerBound, carryoverRange.lowerBound],
                                                upper: [logSlopeRange.upperBound, carryoverRange.upperBound])
                profiled = Swift.min(profiled, result.value)
            }
            // A profile below the minimum means the search missed; count it as no evidence.
            statistics.append(minimum > 0 ? Swift.max(0, n * Double.log(profiled / minimum)) : .infinity)
        }
        objective.fixedLogHalfSpend = nil
        return HalfSpendProfile(factor: factor, lowerStatistic: statistics[0], upperStatistic: statistics[1])
    }
}
