/// Another model backtested at the same origins as the chosen one, for comparison: seasonal
/// naive (the yardstick of every backtest) or a model named with `--compare`.
public struct BacktestReference: Sendable, Equatable {
    public var model: ModelChoice
    public var outcome: Outcome

    /// What the model's backtest gave.
    public enum Outcome: Sendable, Equatable {
        /// Accuracy over the same origins and horizon as the chosen model.
        case scored(AccuracySummary)
        /// Why the model could not be scored at every origin: too little history for it at the
        /// earliest origin, say, or forecasts that were not finite numbers.
        case unavailable(reason: String)
    }

    public init(model: ModelChoice, outcome: Outcome) {
        self.model = model
        self.outcome = outcome
    }

    /// The accuracy when the model was scored at every origin, else nil.
    public var accuracy: AccuracySummary? {
        if case let .scored(summary) = outcome { summary } else { nil }
    }
}
