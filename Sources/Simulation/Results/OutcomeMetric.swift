/// A number a run reports about the window's outcome, by the name scenario files use in
/// `expect:` checks and JSON output.
public enum OutcomeMetric: String, CaseIterable, Codable, Sendable {
    /// Probability that window revenue reaches the target.
    case pHit = "p_hit"
    case revenueMean = "revenue_mean"
    case revenueP10 = "revenue_p10"
    case revenueP50 = "revenue_p50"
    case revenueP90 = "revenue_p90"
    /// Mean shortfall (target − revenue) over the trials that miss the target.
    case expectedShortfall = "expected_shortfall"
    /// Customer acquisition cost: marketing spend per new won deal.
    case cac
}
