import Statistics

/// The random-stream keys of a plan's components.
///
/// Every random quantity comes from the stream of its own component and trial, so a
/// strategy that changes one component leaves the draws of every other one bit-identical
/// (common random numbers). Keys depend only on names, never on positions in a list.
enum ComponentKey {
    /// A channel's stream: its multiplier, uncertain lead plans, response parameters,
    /// forecast path and counts.
    static func channel(_ name: String) -> StreamKey { StreamKey("channel/\(name)") }
    /// The sizes of a channel's deals closing in one month. Kept apart from the counts so
    /// that deal k of a month has the same size whatever the count: a strategy that wins
    /// more deals in a month adds deals rather than reshuffling the sizes of the others.
    static func dealSizes(channel name: String, month: Int) -> StreamKey { channel(name).child("deal_size").child(month) }
    /// The stream of one funnel stage's conversion rate (drawn once per trial).
    static func stage(_ name: String) -> StreamKey { StreamKey("funnel/stage/\(name)") }
    /// The number of new deals, of all channels together, that close after the window
    /// (without capacity limits; see `TrialKernel`).
    static let afterWindow = StreamKey("funnel/after_window")
    /// Win rates, slip and the open deals' outcomes.
    static let pipeline = StreamKey("pipeline")
    /// Opportunities per rep, attrition, and which opportunities are worked.
    static let capacity = StreamKey("capacity")
    /// Starting MRR and churn.
    static let recurring = StreamKey("recurring")
}
