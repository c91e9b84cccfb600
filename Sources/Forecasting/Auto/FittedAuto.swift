import Statistics

/// A fitted `AutoForecast`: the combination of its components' forecasts with calibrated
/// intervals.
///
/// Intervals are `mean_h ± c_p · z_p · sd_h`, where `sd_h` is the combined standard deviation
/// (`CombinedForecast`) and `c_p` the calibration factor for level p (`IntervalCalibration`).
///
/// Sample paths mix the components: each path picks one component uniformly, draws that
/// component's own joint path (keeping its correlation across periods), and rescales the
/// path's deviation from the component's mean to the combined spread:
/// `x_h = mean_h + c · (path_h − mean_{k,h}) · sd_h / sd_{k,h}`, with c the 80% factor.
/// So paths average to the combined forecast, have its calibrated spread, and sums over
/// several periods keep the dependence the component models imply.
public struct FittedAuto: FittedModel {
    public let summary: String
    public let fittedValues: [Double]
    /// The fitted components, in the order of `componentNames`.
    public let components: [any FittedModel]
    public let componentNames: [String]
    public let calibration: IntervalCalibration
    /// Why components were left out, or the method fell back to a simpler one.
    public let notes: [String]
    /// The combination over the calibration horizon, computed once so drawing many sample
    /// paths does not re-forecast every component per path.
    let cached: CombinedForecast
    let rule: CombinationRule
    /// The series' seasonal period, which `CombinedForecast` carries spreads along.
    let seasonalPeriod: Int

    /// The level whose factor scales sample paths: the body of the distribution, where
    /// sums over windows and target probabilities live.
    static let pathLevel = 0.8

    /// The combination up to `horizon` (from the cache when it reaches that far).
    private func combination(_ horizon: Int) -> CombinedForecast {
        horizon <= cached.mean.count ? cached
            : CombinedForecast(components, horizon: horizon, seasonalPeriod: seasonalPeriod, rule: rule, extrapolation: cached.extrapolation)
    }

    public func forecast(horizon: Int, levels: [Double]) -> Forecast {
        let combined = combination(horizon)
        let intervals = levels.map { level in
            let halfWidth = calibration.factor(forLevel: level) * Normal.standardQuantile(0.5 + level / 2)
            return PredictionInterval(
                level: level,
                lower: (0..<horizon).map { combined.mean[$0] - halfWidth * combined.sd[$0] },
                upper: (0..<horizon).map { combined.mean[$0] + halfWidth * combined.sd[$0] })
        }
        return Forecast(mean: Array(combined.mean.prefix(horizon)), intervals: intervals)
    }

    public func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double] {
        let combined = combination(horizon)
        let k = components.count == 1 ? 0 : rng.nextIndex(below: components.count)
        let path = components[k].samplePath(horizon: horizon, using: &rng)
        let factor = calibration.factor(forLevel: Self.pathLevel)
        return (0..<horizon).map { h in
            let componentSD = combined.componentSDs[k][h]
            let scale = componentSD > 0 ? combined.sd[h] / componentSD : 0
            return combined.mean[h] + factor * (path[h] - combined.componentMeans[k][h]) * scale
        }
    }
}
