import Statistics

/// Classical seasonal decomposition (R's `decompose`, multiplicative or additive).
///
/// Trend: the centred moving average of order m (`CentredMovingAverage`), or, when the caller
/// asks for `Trend.lineBelowThreeCycles` and the history has fewer than
/// `movingAverageMinimumCycles` cycles, the straight line fitted with one intercept per
/// season (`SeasonalTrendLine`). Each season's component is the mean of `y_t / trend_t`
/// (multiplicative) or `y_t − trend_t` (additive) over the positions with a trend, normalised
/// so the m components average 1 or 0 (Hyndman & Athanasopoulos, *FPP3* §3.4). Needs at
/// least two full cycles, and positive values for the multiplicative form; callers check both.
struct ClassicalDecomposition {
    /// Component per season, position 0 being the season of the series' first value.
    let pattern: SeasonalPattern
    /// The sampling variance of each component: the pooled variance of the normalised
    /// detrended values about their season's component, divided by a season's number of
    /// values (averaged over seasons as 1/count); nil when there are no degrees of freedom
    /// left for it.
    let componentVariance: Double?
    /// Degrees of freedom of `componentVariance`: detrended values minus seasons, and minus
    /// the line's slope when the trend is a line.
    let degreesOfFreedom: Int

    /// How the trend is taken out.
    enum Trend {
        /// The centred moving average at every length, as R's `decompose` and the published
        /// M3/M4 methods' seasonal adjustment do.
        case movingAverage
        /// The moving average from `movingAverageMinimumCycles` cycles on, the seasonal trend
        /// line below: what the components' noise must be measured by (`shrunk`).
        case lineBelowThreeCycles
    }

    /// Fewest cycles for the moving-average trend under `Trend.lineBelowThreeCycles`: it
    /// loses half a cycle at each end, so with fewer than three some season keeps a single
    /// detrended value (with exactly two, every season does), which leaves the components'
    /// noise unmeasurable; the line keeps them all.
    static let movingAverageMinimumCycles = 3

    /// - Parameter present: the positions whose detrended values estimate the components
    ///   (those measured, when others were filled); nil for all. The moving average still
    ///   runs over every value; the line is fitted to the present ones.
    /// - Precondition: every season has a present position with a trend value.
    init(_ values: [Double], period m: Int, form: SeasonalForm, trend trendRule: Trend = .movingAverage, present: [Bool]? = nil) {
        precondition(m > 1 && values.count >= 2 * m, "needs two full cycles")
        let trendPositions: Range<Int>
        let trend: (Int) -> Double
        let trendParameters: Int
        if trendRule == .lineBelowThreeCycles, values.count < Self.movingAverageMinimumCycles * m {
            let line = SeasonalTrendLine(values, period: m, form: form, present: present)
            (trendPositions, trend, trendParameters) = (values.indices, { line[$0] }, 1)
        } else {
            let average = CentredMovingAverage(values, period: m)
            (trendPositions, trend, trendParameters) = (average.positions, { average[$0] }, 0)
        }
        var detrended = [[Double]](repeating: [], count: m)
        for t in trendPositions where present?[t] ?? true {
            detrended[t % m].append(form.remove(trend(t), from: values[t]))
        }
        precondition(detrended.allSatisfy { !$0.isEmpty }, "every season needs a detrended value")
        let raw = detrended.map { $0.reduce(0, +) / Double($0.count) }
        // Normalising removes the mean component the same way the trend was removed.
        let centre = raw.reduce(0, +) / Double(m)
        let components = raw.map { form.remove(centre, from: $0) }
        pattern = SeasonalPattern(form: form, components: components)
        let count = detrended.reduce(0) { $0 + $1.count }
        degreesOfFreedom = count - m - trendParameters
        guard degreesOfFreedom > 0 else {
            componentVariance = nil
            return
        }
        var squares = 0.0
        for (season, seasonValues) in detrended.enumerated() {
            for value in seasonValues {
                let deviation = form.remove(centre, from: value) - components[season]
                squares += deviation * deviation
            }
        }
        let meanInverseCount = detrended.reduce(0) { $0 + 1 / Double($1.count) } / Double(m)
        componentVariance = squares / Double(degreesOfFreedom) * meanInverseCount
    }

    /// The components shrunk toward "no effect" (1 or 0) by the positive-part James–Stein
    /// factor (`JamesStein`; Miller & Williams, "Shrinkage estimators of time series seasonal
    /// factors and their effect on forecasting accuracy", IJF 19(4), 2003); nil when there is
    /// no pattern to keep (none, or all of it shrunk away) or no variance to judge it by. The
    /// normalisation leaves m − 1 free components, so the dimension is m − 1.
    var shrunk: SeasonalPattern? {
        guard let componentVariance else { return nil }
        let neutral = pattern.form.neutral
        let deviations = pattern.components.map { $0 - neutral }
        guard deviations.contains(where: { $0 != 0 }) else { return nil }
        let keep = JamesStein.keep(deviations: deviations, dimension: deviations.count - 1, variance: componentVariance, degreesOfFreedom: degreesOfFreedom)
        guard keep > 0 else { return nil }
        return SeasonalPattern(form: pattern.form, components: deviations.map { neutral + keep * $0 })
    }
}
