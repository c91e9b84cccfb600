/// Where the open pipeline's stage win rates come from.
public enum StageRateEvidence: Sendable, Equatable {
    /// Every stage each deal ever entered, from a stage history: unbiased by survivorship.
    /// `unmatchedDeals` deal ids of the history are not in the deal export (left out);
    /// `decidedWithoutHistory` won or lost deals have no entry (they count for no stage).
    case stageHistory(file: String, unmatchedDeals: Int, decidedWithoutHistory: Int)
    /// The last stage of closed deals in the deal export: biased by survivorship.
    case lastStage
}
