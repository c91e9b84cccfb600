/// A named series of equally spaced observations with their dates.
public struct DatedSeries: Sendable, Equatable {
    /// The series' name: the value column in wide files, the id in long files.
    public var id: String
    /// The period of `values[0]`; later values follow one period apart.
    public var start: Period
    public var values: [Double]

    public init(id: String, start: Period, values: [Double]) {
        self.id = id
        self.start = start
        self.values = values
    }

    public var frequency: Frequency { start.frequency }

    /// The period of the last observation (the start when empty).
    public var end: Period { start.advanced(by: max(values.count - 1, 0)) }

    /// The period of each observation.
    public var periods: [Period] { values.indices.map { start.advanced(by: $0) } }

    /// The `horizon` periods after the last observation.
    public func futurePeriods(_ horizon: Int) -> [Period] {
        (1...max(horizon, 1)).prefix(horizon).map { end.advanced(by: $0) }
    }

    /// The values with the frequency's seasonal period, ready for a model.
    public var timeSeries: TimeSeries { TimeSeries(values: values, seasonalPeriod: frequency.seasonalPeriod) }
}
