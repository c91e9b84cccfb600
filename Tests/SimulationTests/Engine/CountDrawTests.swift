@testable import Simulation
import Statistics
import Testing

/// The Poisson draw itself is `Statistics.Poisson.sample(mean:using:)`, tested there; this
/// checks the sanitising in front of it.
@Suite("Count draws inside a trial")
struct CountDrawTests {
    @Test("degenerate means draw 0")
    func degenerate() {
        var rng = RandomStream(seed: 1)
        #expect(CountDraw.poisson(mean: 0, using: &rng) == 0)
        #expect(CountDraw.poisson(mean: -.infinity, using: &rng) == 0)
        #expect(CountDraw.poisson(mean: .nan, using: &rng) == 0)
    }

    /// Means beyond `Poisson.maximumMean` are capped rather than trapping: a draw near 10^15
    /// lies within 10 standard deviations (√10^15 ≈ 3.2·10^7) of it.
    @Test("huge means are capped at the largest supported mean")
    func capped() {
        var rng = RandomStream(seed: 2)
        let draw = CountDraw.poisson(mean: .infinity, using: &rng)
        #expect(abs(Double(draw) - Poisson.maximumMean) <= 10 * Poisson.maximumMean.squareRoot())
    }
}
