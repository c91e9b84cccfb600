import Forecasting
import Statistics

/// A source of leads: planned volumes, a spend plan through a response curve, or a forecast.
public struct Channel: Sendable {
    /// Unique within a plan; also names the channel's random stream, so changing one channel
    /// leaves every other channel's random numbers unchanged.
    public var name: String
    public var leads: LeadSource
    /// Per-trial multiplier on expected leads (drawn once per trial), e.g. lognormal median 1.
    public var uncertainty: UncertainValue?

    public init(name: String, leads: LeadSource, uncertainty: UncertainValue? = nil) {
        self.name = name
        self.leads = leads
        self.uncertainty = uncertainty
    }
}

/// Where a channel's expected leads per month come from.
public enum LeadSource: Sendable {
    /// Expected leads for each month of the window (each value may be a distribution).
    case planned([UncertainValue])
    /// Marketing spend turned into expected leads by a response curve.
    case spend(SpendPlan)
    /// Month `t` of a joint sample path from a model fitted to history, one path per trial.
    case forecast(LeadForecast)
}

/// Monthly spend and how it turns into leads.
public struct SpendPlan: Sendable {
    /// Spend in each month of the window (≥ 0).
    public var spend: [Double]
    public var response: SpendResponse
    /// Geometric adstock θ in [0, 1): effective spend s_t = spend_t + θ · s_{t−1}.
    public var carryover: Double
    /// Monthly spend before the window, which seeds the carryover (s_{−1}); 0 when absent.
    public var priorSpend: Double

    public init(spend: [Double], response: SpendResponse, carryover: Double = 0, priorSpend: Double = 0) {
        self.spend = spend
        self.response = response
        self.carryover = carryover
        self.priorSpend = priorSpend
    }
}

/// A spend response curve: expected leads as a function of effective monthly spend `s`.
public enum SpendResponse: Sendable, Equatable {
    /// λ = s / c.
    case costPerLead(UncertainValue)
    /// Hill saturation λ = V · s^k / (s^k + H^k) with `maxLeads` V, `halfSpend` H, `slope` k.
    case hill(maxLeads: UncertainValue, halfSpend: UncertainValue, slope: UncertainValue)
}

/// Leads taken from a fitted forecasting model of a history column.
public struct LeadForecast: Sendable {
    /// The history column the model was fitted to (for reports).
    public var column: String
    public var model: any FittedModel
    /// Periods between the end of the history and the window's first month (0 when the
    /// window starts right after the last observation).
    public var offset: Int

    public init(column: String, model: any FittedModel, offset: Int) {
        precondition(offset >= 0, "the window cannot start inside the history")
        self.column = column
        self.model = model
        self.offset = offset
    }
}
