/// How a temporal hierarchy weights each level's forecasts when reconciling them
/// (`TemporalReconciliation`; Athanasopoulos et al. 2017, §3.2).
public enum TemporalWeighting: String, CaseIterable, Codable, Sendable {
    /// Structural scaling (WLS_s): a level-k forecast's error variance is taken as k, the
    /// number of original periods it sums — no estimate needed, the paper's recommendation,
    /// but it validated worse here (see `TemporalHierarchy`).
    case structural
    /// Series variance scaling (WLS_v): each level's variance is its base model's in-sample
    /// mean squared one-step error, so a level whose model fits its aggregates poorly counts
    /// for less. The default.
    case seriesVariance = "series-variance"
}
