/// How the random error enters an ETS model (Hyndman et al. 2008, §2.5).
public enum ETSErrorType: String, CaseIterable, Codable, Sendable {
    /// y_t = μ_t + ε_t.
    case additive = "A"
    /// y_t = μ_t (1 + ε_t): the spread grows with the level.
    case multiplicative = "M"
}

/// The trend component of an ETS model. Multiplicative trends are not offered: they
/// extrapolate explosively and are excluded from `forecast::ets`'s default search too.
public enum ETSTrendType: String, CaseIterable, Codable, Sendable {
    case none = "N"
    case additive = "A"
    /// Additive trend damped by φ < 1, so long forecasts flatten out (Gardner & McKenzie 1985).
    case damped = "Ad"
}

/// The seasonal component of an ETS model.
public enum ETSSeasonType: String, CaseIterable, Codable, Sendable {
    case none = "N"
    case additive = "A"
    /// Seasonal factors multiply the level: the swing grows with the level.
    case multiplicative = "M"
}

/// One member of the ETS family, written ETS(error, trend, season) as in Hyndman et al. 2008.
public struct ETSForm: Hashable, Sendable, CustomStringConvertible {
    public var error: ETSErrorType
    public var trend: ETSTrendType
    public var season: ETSSeasonType

    public init(error: ETSErrorType, trend: ETSTrendType, season: ETSSeasonType) {
        self.error = error
        self.trend = trend
        self.season = season
    }

    /// "ETS(M,Ad,M)".
    public var description: String { "ETS(\(error.rawValue),\(trend.rawValue),\(season.rawValue))" }

    var hasTrend: Bool { trend != .none }
    var isDamped: Bool { trend == .damped }
    var hasSeason: Bool { season != .none }

    /// Number of smoothing parameters estimated (α, β, γ, φ as present).
    var smoothingParameterCount: Int {
        1 + (hasTrend ? 1 : 0) + (hasSeason ? 1 : 0) + (isDamped ? 1 : 0)
    }

    /// Number of free initial states: the level, the slope, and m − 1 seasonal states (the
    /// last is fixed by the normalisation Σs = 0 or Σs = m).
    func initialStateCount(seasonalPeriod m: Int) -> Int {
        1 + (hasTrend ? 1 : 0) + (hasSeason ? m - 1 : 0)
    }

    /// Whether the model is linear with additive errors (class 1 of Hyndman et al. 2008,
    /// ch. 6), whose forecast distribution is Gaussian with a closed-form variance.
    var isClassOne: Bool { error == .additive && season != .multiplicative }

    /// Whether the model has multiplicative errors but additive components (class 2), whose
    /// forecast variance has a closed form (Hyndman et al. 2008, §6.3).
    var isClassTwo: Bool { error == .multiplicative && season != .multiplicative }
}
