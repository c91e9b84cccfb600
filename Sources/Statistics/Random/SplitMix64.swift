/// SplitMix64 (Steele, Lea & Flood, OOPSLA 2014): used only to derive and fill
/// `RandomStream` states, never to draw samples.
@usableFromInline
struct SplitMix64 {
    /// 2^64 / φ, the Weyl increment of SplitMix64.
    @usableFromInline static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    @usableFromInline var state: UInt64

    @inlinable init(state: UInt64) { self.state = state }

    @inlinable mutating func next() -> UInt64 {
        state &+= Self.golden
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective avalanche mix of 64 bits.
    @inlinable static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
