import Statistics

/// A forecasting method's specification (its options), which fits into an immutable model.
///
/// Every method follows the same contract (as statsforecast's `fit / predict / simulate`):
/// `fit` estimates parameters from a series, and the fitted value forecasts means with
/// prediction intervals and draws joint sample paths for the simulator.
public protocol ForecastingMethod: Sendable {
    associatedtype Fitted: FittedModel
    /// The short name used on the command line and in output ("ets", "theta", …).
    var name: String { get }
    /// Estimates the model from `series`.
    /// - Throws: `FitError` when the series is too short or the estimation fails.
    func fit(_ series: TimeSeries) throws(FitError) -> Fitted
}

/// A fitted forecasting model.
public protocol FittedModel: Sendable {
    /// A one-line description of what was fitted, e.g. "ETS(M,Ad,M)".
    var summary: String { get }
    /// One-step-ahead in-sample fitted values, aligned with the training series.
    var fittedValues: [Double] { get }
    /// Point forecasts and central prediction intervals.
    /// - Parameters:
    ///   - horizon: number of periods ahead, ≥ 1.
    ///   - levels: coverage probabilities in (0, 1), e.g. `[0.8, 0.95]`.
    func forecast(horizon: Int, levels: [Double]) -> Forecast
    /// One joint sample path of the next `horizon` values: periods are correlated as the
    /// model says, so sums over a quarter have the right spread.
    func samplePath(horizon: Int, using rng: inout RandomStream) -> [Double]
}

extension FittedModel {
    /// `paths` joint sample paths; path `i` uses the stream of trial `i`, so any path can be
    /// regenerated on its own and the result does not depend on how the work is split.
    public func simulate(horizon: Int, paths: Int, seed: UInt64, component: StreamKey = .root) -> [[Double]] {
        (0..<paths).map { path in
            var rng = RandomStream(seed: seed, component: component, trial: UInt64(path))
            return samplePath(horizon: horizon, using: &rng)
        }
    }
}
