/// The per-channel funnel counts a trial records.
enum FunnelCount: Int, CaseIterable {
    case leads, opportunities, lostToCapacity, won, closingAfterWindow
}
