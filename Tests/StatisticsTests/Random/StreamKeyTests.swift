import Statistics
import Testing

@Suite struct StreamKeyTests {
    /// FNV-1a 64 of the label's UTF-8 bytes, computed independently in Python
    /// (`h ^= b; h = (h * 0x100000001b3) % 2**64` from 0xcbf29ce484222325). "a" and "foobar"
    /// are also the published FNV test vectors (Fowler, Noll & Vo, IETF draft-eastlake-fnv).
    @Test(arguments: [
        ("", 0xCBF2_9CE4_8422_2325 as UInt64), ("a", 0xAF63_DC4C_8601_EC8C), ("foobar", 0x8594_4171_F739_67E8),
        ("pipeline", 0x343C_11FD_413A_EEE3), ("channel/paid_search", 0xF57B_E3C0_A3AD_B7C0),
    ])
    func labelHashIsFNV1a(label: String, expected: UInt64) {
        #expect(StreamKey(label).rawValue == expected)
    }

    /// Child keys: SplitMix64 finaliser of (parent ⊕ FNV(label)) and of
    /// (parent + golden·(index + 1)); expected values from the same Python transcription.
    @Test func childKeysAreStable() {
        #expect(StreamKey("channel/organic").child("leads").rawValue == 0x73E7_DBA2_4C7B_C3DB)
        #expect(StreamKey("deals").child(4).rawValue == 0x6930_563D_C217_A49D)
        #expect(StreamKey("deals").child(4) != StreamKey("deals").child(5))
        #expect(StreamKey.root.rawValue == 0)
    }
}
