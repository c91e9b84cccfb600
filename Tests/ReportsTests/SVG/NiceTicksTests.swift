import Foundation
@testable import Reports
import Testing

@Suite("Nice ticks (Heckbert 1990)")
struct NiceTicksTests {
    @Test("worked examples")
    func examples() {
        #expect(NiceTicks(covering: 0...1).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        let revenue = NiceTicks(covering: 1_300_000...3_900_000)
        #expect(revenue.values == [1_000_000, 2_000_000, 3_000_000, 4_000_000])
        #expect(revenue.step == 1_000_000)
        #expect(NiceTicks(covering: 0...0.083).values == [0, 0.02, 0.04, 0.06, 0.08, 0.1])
        #expect(NiceTicks(covering: -213_078...71_459).values == [-300_000, -200_000, -100_000, 0, 100_000])
    }

    @Test("a single value or bad bounds still give an axis")
    func degenerate() {
        #expect(NiceTicks(covering: 5...5).values == [4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6])
        #expect(NiceTicks(covering: 0...0).values == [-1, -0.5, 0, 0.5, 1])
        #expect(NiceTicks(covering: 0...Double.infinity).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
    }

    /// Heckbert's loose labelling: the ticks cover the data, the step is 1, 2 or 5 times a
    /// power of ten, and the count stays near the request.
    @Test("ticks cover the data at a nice step", arguments: [
        (0.0, 1.0), (-7, 33), (0.001, 0.0042), (12_345, 98_765), (1e9, 1.0000001e9), (-5e6, -1e6), (0, 250),
    ])
    func covering(bounds: (Double, Double)) {
        let ticks = NiceTicks(covering: bounds.0...bounds.1)
        #expect(ticks.lower <= bounds.0 && ticks.upper >= bounds.1)
        let mantissa = ticks.step / pow(10, log10(ticks.step).rounded(.down))
        #expect([1.0, 2, 5].contains { abs($0 - mantissa) < 1e-9 })
        #expect(ticks.values.count >= 2 && ticks.values.count <= 2 * NiceTicks.defaultCount + 1)
        for (a, b) in zip(ticks.values, ticks.values.dropFirst()) {
            #expect(abs(b - a - ticks.step) <= ticks.step * 1e-9)
        }
    }

    @Test("nice numbers", arguments: [(0.25, true, 0.2), (0.25, false, 0.5), (7.1, true, 10), (1.4, true, 1), (3, false, 5), (1, false, 1)])
    func nice(input: (Double, Bool, Double)) {
        #expect(abs(NiceTicks.nice(input.0, round: input.1) - input.2) < 1e-12)
    }
}
