/// The trend and seasonal pattern of a history, in terms a planner reads: "+1,200 per month",
/// "December is 31% above an average month" (or, for data with zeros, "week 52 is 1,200
/// below an average week").
///
/// The seasonal pattern is that of the single models' seasonal adjustment
/// (`SeasonalPattern.estimate` under the `.tested` rule: classical components when the Theta
/// seasonality test finds a pattern, so the profile reports a pattern only when it is
/// significant; Fourier ones for weekly cycles). With exactly two cycles, too few for the
/// test, it is the pattern shrunk by the noise it shows (`.shrunk`, as the forecast's members
/// take it), so two years of monthly history still say how December compares. The trend is
/// the least-squares slope of the seasonally adjusted values over the last `trendCycles`
/// cycles (at least `minimumTrendPoints` points): the recent direction rather than the
/// average over a long history.
public struct SeasonalProfile: Sendable, Equatable {
    /// Change per period of the seasonally adjusted level.
    public var trendPerPeriod: Double
    /// The mean of the seasonally adjusted values over the same recent window.
    public var recentLevel: Double
    /// How `Season.effect` reads: a ratio (multiplicative) or an amount (additive).
    public var form: SeasonalForm
    /// One entry per season (January…December, Q1…Q4, week 1…52), empty when there is no
    /// clear seasonal pattern.
    public var seasons: [Season]

    public struct Season: Sendable, Equatable {
        /// 0-based position in the cycle (month − 1, quarter − 1, ISO week − 1).
        public var position: Int
        /// Ratio to an average period (1.31 means 31% above) for a multiplicative pattern;
        /// the amount above (below, when negative) an average period for an additive one.
        public var effect: Double
    }

    static let trendCycles = 2
    static let minimumTrendPoints = 8

    public init(_ series: DatedSeries) {
        let values = series.values
        let m = series.frequency.seasonalPeriod
        let rule: SeasonalIndexRule = SeasonalityTest.canTest(count: values.count, period: m) ? .tested : .shrunk
        let pattern = SeasonalPattern.estimate(values, period: m, rule: rule) ?? .none
        form = pattern.form
        seasons = []
        if pattern.isSeasonal {
            let startSeason = series.start.seasonIndex
            seasons = (0..<m).map { offset in
                Season(position: (startSeason + offset) % m, effect: pattern.component(at: offset))
            }.sorted { $0.position < $1.position }
        }
        let adjusted = values.indices.map { pattern.remove(from: values[$0], at: $0) }
        let window = Array(adjusted.suffix(max(Self.trendCycles * m, Self.minimumTrendPoints)))
        trendPerPeriod = window.count >= 2 ? Theta.leastSquaresSlope(window) : 0
        recentLevel = window.isEmpty ? 0 : window.reduce(0, +) / Double(window.count)
    }
}
