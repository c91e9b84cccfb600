import Forecasting

/// Everything `plancast simulate` reports about one plan.
///
/// Every Monte Carlo number carries its standard error where one is meaningful; `seed` and
/// `trials` reproduce the run exactly (any thread count).
public struct SimulationResult: Sendable, Equatable {
    public var planName: String
    public var window: PlanWindow
    public var target: RevenueTarget
    public var seed: UInt64
    /// Trials run (more than requested when a precision target added batches).
    public var trials: Int
    /// The requested standard error of P(hit), when the run was asked for one.
    public var precisionTarget: Double?

    /// P(window revenue ≥ target).
    public var probabilityOfHit: Estimate
    /// Window revenue counting toward the target.
    public var revenue: RevenueDistribution
    /// Window revenue of all trials in fine equal-width bins (for distribution charts).
    public var histogram: RevenueHistogram
    /// Mean of (target − revenue) over the trials that miss; nil when no trial misses.
    public var expectedShortfall: Estimate?
    public var months: [MonthSummary]
    /// Each channel, the pipeline and recurring revenue (only sources present in the plan).
    public var sources: [SourceSummary]
    public var funnel: [ChannelFunnel]
    /// Spend, CAC and ROI; nil when no channel has a spend plan.
    public var marketing: MarketingSummary?
    /// Mean new deals won from the window's leads per trial (inside or after the window).
    public var newDealsWon: Estimate

    /// Percentile levels reported for window revenue and attainment.
    public static let percentileLevels = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95]
    /// Percentile levels reported per month, for CAC and for ROI.
    public static let summaryLevels = [0.10, 0.50, 0.90]

    /// Revenue percentiles divided by the target (empty when the target is 0).
    public var attainment: [Percentile] {
        let total = target.total
        guard total > 0 else { return [] }
        return revenue.percentiles.map {
            Percentile(level: $0.level, value: $0.value / total, standardError: $0.standardError.map { $0 / total })
        }
    }
}

/// A percentile: the value below which `level` of trials fall.
public struct Percentile: Sendable, Equatable {
    /// In (0, 1), e.g. 0.1 for P10.
    public var level: Double
    public var value: Double
    /// Monte Carlo standard error, where computed from exact order statistics.
    public var standardError: Double?

    public init(level: Double, value: Double, standardError: Double? = nil) {
        self.level = level
        self.value = value
        self.standardError = standardError
    }
}

/// Window revenue across trials.
public struct RevenueDistribution: Sendable, Equatable {
    public var mean: Estimate
    public var standardDeviation: Double
    /// At `SimulationResult.percentileLevels`, from exact order statistics.
    public var percentiles: [Percentile]

    /// The percentile at `level`, if reported.
    public func percentile(_ level: Double) -> Percentile? {
        percentiles.first { abs($0.level - level) < 1e-12 }
    }
}

/// One month of the window.
public struct MonthSummary: Sendable, Equatable {
    public var month: YearMonth
    /// Mean revenue counting toward the target closing this month.
    public var revenueMean: Double
    /// P10/P50/P90 of the month's revenue (bucketed: within 0.05%).
    public var revenuePercentiles: [Percentile]
    /// P10/P50/P90 of revenue from the window start through this month (within 0.05%).
    public var cumulativePercentiles: [Percentile]
    /// The month's target (monthly targets only).
    public var target: Double?
    /// Target through this month: monthly targets summed, or the window target pro rata.
    public var cumulativeTarget: Double
    /// P(month revenue ≥ month target) (monthly targets only).
    public var probabilityOfHittingMonth: Double?
    /// P(cumulative revenue ≥ cumulative target).
    public var probabilityOnTrack: Double
}

/// Where revenue comes from.
public struct SourceSummary: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable, Codable {
        case channel, pipeline, recurring
    }

    public var name: String
    public var kind: Kind
    public var countsTowardTarget: Bool
    /// Mean window revenue of this source.
    public var meanRevenue: Estimate
    /// Share of mean revenue counting toward the target (nil for a source that does not count).
    public var share: Double?
}

/// Mean funnel counts of one channel per trial.
public struct ChannelFunnel: Sendable, Equatable {
    public var channel: String
    public var leads: Double
    /// Output of the first funnel stage.
    public var opportunities: Double
    /// Opportunities beyond the team's capacity, never worked.
    public var lostToCapacity: Double
    /// New deals won from the window's leads, closing inside or after the window.
    public var won: Double
    /// Of `won`, the deals closing after the window (not counted toward the target).
    public var closingAfterWindow: Double
}

/// Marketing efficiency of the channels with a spend plan.
public struct MarketingSummary: Sendable, Equatable {
    /// Total spend over the window.
    public var spend: Double
    /// Spend per new won deal (all channels): spend / E[won deals]; infinite when no deal is
    /// ever won. Standard error by the delta method.
    public var costPerAcquisition: Estimate
    /// Per-trial spend / won deals at P10/P50/P90 (infinite where a trial wins none).
    public var costPerAcquisitionPercentiles: [Percentile]
    /// (Revenue from channels with spend − spend) / spend: mean and P10/P50/P90.
    public var returnOnSpend: Estimate
    public var returnOnSpendPercentiles: [Percentile]
}
