import Statistics
import Testing

@Suite struct NormalZigguratTests {
    /// `NormalZiggurat.sample` is the draw behind `Normal.standardSample` (whose moments, KS
    /// distance and tail are checked in `NormalTests`): the two give the same sequence.
    @Test func sameDrawsAsStandardNormal() {
        var viaNormal = RandomStream(seed: 3, component: StreamKey("statistics-tests"))
        var viaZiggurat = viaNormal
        let ziggurat = NormalZiggurat.shared
        for _ in 0..<100_000 {
            #expect(Normal.standardSample(using: &viaNormal) == ziggurat.sample(using: &viaZiggurat))
        }
    }

    /// Taking a candidate, testing its rectangle and finishing it by value reproduces
    /// `sample` draw for draw, including rejected candidates (about 1.2% of draws, so over
    /// 100,000 draws about 1,200 go through `finish`), and candidates accepted at once lie
    /// inside (−r, r).
    @Test func piecesReproduceSample() {
        let ziggurat = NormalZiggurat.shared
        var whole = RandomStream(seed: 11, component: StreamKey("statistics-tests"))
        var pieces = whole
        var finished = 0
        for _ in 0..<100_000 {
            let expected = ziggurat.sample(using: &whole)
            let candidate = ziggurat.candidate(pieces.next())
            let z: Double
            if ziggurat.inRectangle(layer: candidate.layer, value: candidate.value) {
                z = candidate.value
                #expect(abs(z) < NormalZiggurat.tailStart)
            } else {
                let (value, stream) = ziggurat.finish(layer: candidate.layer, value: candidate.value, stream: pieces)
                (z, pieces) = (value, stream)
                finished += 1
            }
            #expect(z == expected)
        }
        #expect(finished > 500 && finished < 2_500, "about 1.2% of 100,000 draws leave their rectangle")
    }
}
