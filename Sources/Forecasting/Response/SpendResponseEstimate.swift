/// What a plan should use for a channel's spend response.
public enum SpendResponseModel: String, CaseIterable, Codable, Sendable {
    /// The fitted Hill curve with carry-over.
    case hillCurve
    /// Leads proportional to spend at the historical cost per lead.
    case costPerLead
}

/// A channel's spend response estimated from history, with the verdict on whether a curve can
/// be identified and the reason in words.
public struct SpendResponseEstimate: Sendable, Equatable {
    /// Always available; the fallback when the curve is not identified.
    public let costPerLead: CostPerLead
    /// Coefficient of variation of spend, sd/mean (0 when there is no spend).
    public let spendVariation: Double
    /// The least-squares curve; nil when spend varies too little to try.
    public let curve: HillAdstock?
    /// Leads per period that do not depend on this channel's spend (0 unless the
    /// specification includes a baseline).
    public let baseline: Double
    /// √(RSS/(n − p)) of the curve fit, in leads; nil when no curve was fitted.
    public let residualStandardError: Double?
    /// The profile-likelihood check of the half spend; nil when no curve was fitted.
    public let profile: HalfSpendProfile?
    public let choice: SpendResponseModel
    /// The evidence behind `choice`.
    public let reason: String
}

/// The profile likelihood of the half spend H at Ĥ/f and Ĥ·f (f = `factor`).
///
/// Under Gaussian errors with unknown variance, −2 log Λ = n·ln(RSS_profile/RSS_min), which is
/// asymptotically χ²₁ (Wilks 1938; Venzon & Moolgavkar, "A method for computing profile-
/// likelihood-based confidence intervals", Appl. Stat. 37(1), 1988). Both statistics above the
/// χ²₁ 95% point mean the 95% profile interval of H lies inside [Ĥ/f, Ĥ·f].
public struct HalfSpendProfile: Sendable, Equatable {
    public let factor: Double
    /// −2 log Λ with H fixed at Ĥ/f.
    public let lowerStatistic: Double
    /// −2 log Λ with H fixed at Ĥ·f.
    public let upperStatistic: Double
    /// χ²₁ at 0.95.
    public static let criticalValue = 3.841_458_820_694_124

    public var isPinned: Bool { min(lowerStatistic, upperStatistic) >= Self.criticalValue }
}
