@testable import Forecasting
import Foundation
import Testing

@Suite("Grid and golden-section search")
struct GridGoldenSearchTests {
    /// Golden section narrows the bracket (two grid steps, 0.087 here) by 0.618 per step, so
    /// 40 steps leave about 4·10⁻¹⁰; 1e-8 allows for the flat bottom of a parabola in
    /// double precision (a relative change of 10⁻¹⁶ in f is a change of 10⁻⁸ in x).
    @Test("finds an interior minimum")
    func interior() {
        let x = GridGoldenSearch().minimise(on: 0...1) { ($0 - 0.3) * ($0 - 0.3) }
        #expect(abs(x - 0.3) < 1e-8)
    }

    /// The upper grid point is the lower bound plus 23 steps, one rounding from the bound.
    @Test("returns the bound when the function falls towards it")
    func bound() {
        #expect(GridGoldenSearch().minimise(on: 0.1...0.99) { $0 } == 0.1)
        #expect(abs(GridGoldenSearch().minimise(on: 0.1...0.99) { -$0 } - 0.99) < 1e-15)
    }

    /// Two dips: a shallow one at 0.2 and the deeper one at 0.8. Golden section alone,
    /// bracketing the whole interval, would settle in the first dip it narrows into; the grid
    /// picks the deeper one.
    @Test("the grid picks the deeper of two local minima")
    func twoMinima() {
        let x = GridGoldenSearch().minimise(on: 0...1) { x in
            -0.5 * exp(-pow((x - 0.2) / 0.05, 2)) - exp(-pow((x - 0.8) / 0.05, 2))
        }
        #expect(abs(x - 0.8) < 1e-6)
    }
}
