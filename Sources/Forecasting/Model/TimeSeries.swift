/// The values a model is fitted to: equally spaced observations, oldest first.
///
/// Dates live with the data (see `DatedSeries`); models need only the values and the
/// number of periods in a seasonal cycle.
public struct TimeSeries: Sendable, Equatable {
    public var values: [Double]
    /// Periods per seasonal cycle: 12 monthly, 4 quarterly, 52 weekly, 1 for none.
    public var seasonalPeriod: Int

    public init(values: [Double], seasonalPeriod: Int) {
        precondition(seasonalPeriod >= 1, "seasonal period must be at least 1")
        self.values = values
        self.seasonalPeriod = seasonalPeriod
    }
}
