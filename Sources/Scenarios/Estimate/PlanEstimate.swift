import Forecasting
import Simulation
import Statistics

/// Plan inputs estimated from a company's own exports, each with its evidence: what
/// `plancast estimate` prints and writes as a starter scenario.
public struct PlanEstimate: Sendable {
    /// A rate for one group (a channel, or a last stage) with its counts and interval.
    public struct GroupRate: Sendable, Equatable {
        public let name: String
        public let rate: RateEstimate
    }

    /// Expected leads of one channel in the window.
    public struct ChannelLeads: Sendable {
        public let channel: String
        /// The history column the leads come from (`leads_<channel>`), nil when counted from deals.
        public let column: String?
        /// Expected leads in each month of the window.
        public let forecast: [Double]
        /// How `forecast` was made, in words.
        public let method: String
        /// Months of history behind the forecast.
        public let months: Int
        /// The spend response when the history has `spend_<channel>`.
        public let response: SpendResponseEstimate?
        /// The history's spend column and its monthly range, when there is one.
        public let spendColumn: String?
        public let spendRange: ClosedRange<Double>?
        /// The last month's spend (it seeds carry-over into the window).
        public let lastSpend: Double?
    }

    /// One spend column of a marketing-mix table against its response column.
    public struct MarketingMixFit: Sendable {
        public let spendColumn: String
        public let responseColumn: String
        /// The table's frequency (the curve is per period of it).
        public let frequency: Frequency
        public let response: SpendResponseEstimate
    }

    /// The months the plan covers.
    public let window: PlanWindow
    /// The month the deal export was taken.
    public let asOf: YearMonth
    /// Recency half-life in months; nil when every month counts the same.
    public let halfLife: Double?
    /// Lead → opportunity, from the history's `opportunities` and `leads_*` columns.
    public let opportunityRate: RateEstimate?
    /// The won stage's rate: the history's `won_deals` / `opportunities` when it has them, else
    /// `dealWinRate` (`PlanEstimator.winRateEvidence`; `plancast check` uses the same).
    public let winRate: RateEstimate
    /// The file `winRate` comes from.
    public let winRateSource: String
    /// Opportunity → won over every decided deal of the export.
    public let dealWinRate: RateEstimate
    public let channelWinRates: [GroupRate]
    /// Sales cycle: the Kaplan–Meier curve over closed and still-open deals.
    public let cycle: KaplanMeier
    /// `cycle_months` from `cycle`.
    public let cycleMonths: LagDistribution
    /// The naive closed-deals-only distribution, shown to make the censoring visible.
    public let closedOnlyCycleMonths: LagDistribution
    /// Open deals without a created date, left out of the cycle estimate.
    public let undatedOpenDeals: Int
    public let dealSize: DealSizeEstimate
    /// Amounts of won deals (the empirical deal-size distribution).
    public let wonAmounts: [Double]
    public let leads: [ChannelLeads]
    /// Win rate by stage (see `stageEvidence`); empty without a stage column or stage history.
    public let stageWinRates: [GroupRate]
    /// Open deals per current stage.
    public let openDealsByStage: [String: Int]
    /// Whether `stageWinRates` come from a stage history or from last stages.
    public let stageEvidence: StageRateEvidence
    /// The pipeline's slip; nil when the export has no expected close dates for won deals.
    public let slip: SlipEstimate?
    /// Fits from a marketing-mix table (`PlanEstimator.marketingMix`), empty without one.
    public var marketingMix: [MarketingMixFit] = []
}
