/// A stable 64-bit name for a component of a model, used to derive its `RandomStream`.
///
/// Keys come from labels ("channel/paid_search", "pipeline") through FNV-1a, which, unlike
/// Swift's `Hasher`, is the same in every process, so a seed replays across runs and machines.
public struct StreamKey: Hashable, Sendable {
    public let rawValue: UInt64

    @inlinable
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The key of a labelled component (FNV-1a 64 of the label's UTF-8 bytes).
    public init(_ label: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a 64 offset basis
        for byte in label.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3  // FNV-1a 64 prime
        }
        self.rawValue = hash
    }

    /// The key of a sub-component, e.g. `StreamKey("channel/organic").child("leads")`.
    public func child(_ label: String) -> StreamKey {
        StreamKey(rawValue: SplitMix64.mix(rawValue ^ StreamKey(label).rawValue))
    }

    /// The key of a numbered sub-component (a month, a deal, a stage index).
    public func child(_ index: Int) -> StreamKey {
        StreamKey(rawValue: SplitMix64.mix(rawValue &+ SplitMix64.golden &* UInt64(truncatingIfNeeded: index &+ 1)))
    }

    /// The key used when a model has a single stream.
    public static let root = StreamKey(rawValue: 0)
}
