import Dispatch

extension SeriesForecaster {
    /// Forecasts every series, in parallel across the machine's cores, with the results in
    /// the order given: a planner's file of many regions or products is one call.
    ///
    /// Each series' fit, forecast and sample paths depend on that series alone (its paths
    /// are drawn from a stream keyed by its id), so the results do not depend on how the
    /// work is scheduled. A series that fails does not stop the others; its slot holds the
    /// error `run(_:request:)` threw.
    public static func run(_ series: [DatedSeries], request: ForecastRequest) -> [Result<SeriesForecast, any Error>] {
        var results = [Result<SeriesForecast, any Error>?](repeating: nil, count: series.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: series.count) { index in
                slots[index] = Result { try run(series[index], request: request) }
            }
        }
        return results.map { $0! }
    }
}
