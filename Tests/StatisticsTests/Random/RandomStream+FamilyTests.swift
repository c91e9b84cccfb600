import Statistics
import Testing

@Suite struct RandomStreamFamilyTests {
    /// A family's stream of trial t is the stream `RandomStream(seed:component:trial:)`
    /// derives for t, over seeds, components and trials including the extremes.
    @Test(arguments: [UInt64(0), 1, 42, .max])
    func familyStreamsEqualDirectStreams(seed: UInt64) {
        for component in [StreamKey.root, StreamKey("channel/organic"), StreamKey("pipeline").child(3)] {
            let family = RandomStream.Family(seed: seed, component: component)
            for trial in [UInt64(0), 1, 2, 1_000_003, .max] {
                var direct = RandomStream(seed: seed, component: component, trial: trial)
                var derived = family.stream(trial: trial)
                for _ in 0..<4 { #expect(direct.next() == derived.next()) }
            }
        }
    }
}
