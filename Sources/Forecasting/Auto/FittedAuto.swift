import Statistics

/// A fitted `AutoForecast`: the combination of its components' forecasts with calibrated
/// intervals.
///
/// Intervals are `mean_h ± c_p · z_p · sd_h`, where `sd_h` is the combined standard deviation
/// (`CombinedForecast`) and `c_p` the calibration factor for level p (`IntervalCalibration`).
///
/// Sample paths mix the components: each path picks one component uniformly, draws that
/// component's own joint path (keeping its correlation across periods), standardises the
/// path's deviation from the component's mean, `z_h = (path_h − mean_{k,h}) / sd_{k,h}`, and
/// moves it to the calibrated spread: `x_h = mean_h + g(z_h) · sd_h`, where `g(z) = c(z) · z`
/// and c(z) is the calibration factor of the central interval ending at z
/// (`IntervalCalibration.calibratedDeviate`). For normal components the paths' quantiles
/// are then the interval ends at every level — a 95% interval holds 95% of the paths, not
/// the share a single factor would give — and sums over several periods keep the dependence
/// the component models imply. One factor for every level (the 80% one) left the paths'
/// tails thinner than the printed intervals: on the M3 validation folds the paths' central
/// 95% range held 93.6% of the monthly actuals, 92.1% quarterly and 91.0% yearly, where the
/// 95% intervals held 94.9, 94.8 and 94.7% (now 94.9, 94.8 and 94.3%).
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
        return (0..<horizon).map { h in
            let componentSD = combined.componentSDs[k][h]
            guard componentSD > 0 else { return combined.mean[h] }
            let z = (path[h] - combined.componentMeans[k][h]) / componentSD
            return combined.mean[h] + calibration.calibratedDeviate(z) * combined.sd[h]
        }
    }
}
