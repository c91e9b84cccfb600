/// The trend and seasonal pattern of a history, in terms a planner reads: "+1,200 per month",
/// "December is 31% above an average month".
///
/// Seasonal indices are those of the single models' seasonal adjustment (`SeasonalIndices`
/// under the `.tested` rule: classical ones when the Theta seasonality test finds a pattern,
/// so the profile reports a pattern only when it is significant; Fourier ones for weekly
/// cycles), for positive data only. The trend
/// is the least-squares slope of the seasonally adjusted values over the last
/// `trendCycles` cycles (at least `minimumTrendPoints` points): the recent direction rather
/// than the average over a long history.
public struct SeasonalProfile: Sendable, Equatable {
    /// Change per period of the seasonally adjusted level.
    public var trendPerPeriod: Double
    /// The mean of the seasonally adjusted values over the same recent window.
    public var recentLevel: Double
    /// One entry per season (January…December, Q1…Q4, week 1…52), empty when there is no
    /// clear seasonal pattern.
    public var seasons: [Season]

    public struct Season: Sendable, Equatable {
        /// 0-based position in the cycle (month − 1, quarter − 1, ISO week − 1).
        public var position: Int
        /// Ratio to an average period: 1.31 means 31% above.
        public var index: Double
    }

    static let trendCycles = 2
    static let minimumTrendPoints = 8

    public init(_ series: DatedSeries) {
        let values = series.values
        let m = series.frequency.seasonalPeriod
        var indices = [Double](repeating: 1, count: 1)
        seasons = []
        if let estimated = SeasonalIndices.estimate(values, period: m, rule: .tested) {
            indices = estimated
            let startSeason = series.start.seasonIndex
            seasons = (0..<m).map { offset in
                let position = (startSeason + offset) % m
                return Season(position: position, index: indices[offset])
            }.sorted { $0.position < $1.position }
        }
        let adjusted = values.indices.map { values[$0] / indices[$0 % indices.count] }
        let window = Array(adjusted.suffix(max(Self.trendCycles * m, Self.minimumTrendPoints)))
        trendPerPeriod = window.count >= 2 ? Theta.leastSquaresSlope(window) : 0
        recentLevel = window.isEmpty ? 0 : window.reduce(0, +) / Double(window.count)
    }
}
