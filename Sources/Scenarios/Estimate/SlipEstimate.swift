import Statistics

/// How often won deals closed in a later month than the CRM expected: a pipeline's `slip`.
///
/// From won deals with an expected close date: a deal "slipped" when its close month is after
/// the expected month. The rate is the Beta posterior of slipped among those deals
/// (`RateEstimate`, grouped by close month so a half-life applies); `meanMonthsLate` says by
/// how much, since a plan's `slip` moves a deal by one month.
public struct SlipEstimate: Sendable, Equatable {
    /// Slipped (successes) of won deals with an expected close date (trials).
    public let rate: RateEstimate
    /// Mean months between the expected and the actual close month of the deals that slipped;
    /// 0 when none did.
    public let meanMonthsLate: Double
    /// Won deals whose expected close date is empty, left out.
    public let wonWithoutExpectedClose: Int
}
