import Foundation
@testable import Simulation
import Statistics
import TestSupport
import Testing

@Suite("Ziggurat scaled for log-normal deal sizes")
struct ScaledZigguratTests {
    static let sigma = 0.797

    /// The integer rectangle test decides every word as `NormalZiggurat` does: on random
    /// words, and on the words just inside and just outside each layer's limit, both signs.
    @Test("rectangle decisions are the ziggurat's")
    func rectangleDecisions() {
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let scaled = ScaledZiggurat(sigma: Self.sigma, storage: storage)
        let ziggurat = NormalZiggurat.shared
        func agrees(_ bits: UInt64) -> Bool {
            let (layer, value) = ziggurat.candidate(bits)
            return scaled.inRectangle(bits) == ziggurat.inRectangle(layer: layer, value: value)
        }
        var rng = RandomStream(seed: 3)
        var disagreements = 0
        for _ in 0..<200_000 where !agrees(rng.next()) { disagreements += 1 }
        for layer in 0..<ScaledZiggurat.layerCount {
            let limit = Int64(ScaledZiggurat.limit(layer: layer, ziggurat))
            for j in [limit - 1, limit, -limit, 1 - limit] where j.magnitude < 1 << 52 {
                let bits = UInt64(bitPattern: j << 11) | UInt64(layer)
                if !agrees(bits) { disagreements += 1 }
            }
        }
        #expect(disagreements == 0)
    }

    /// e^{σz} of rectangle candidates against the C library's exp of σ·z formed in doubles.
    /// That reference's argument carries two roundings (relative 2⁻⁵² at most, moving e^{σz}
    /// by |σz| ulp) and exp one ulp; the scaled value is within (2|σz| + 4) ulp of the exact
    /// e^{σz} (`ScaledZiggurat`), so the two differ by at most (3|σz| + 5) ulp.
    @Test("rectangle exponentials are within a few ulp of exp")
    func rectangleExponentials() {
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let scaled = ScaledZiggurat(sigma: Self.sigma, storage: storage)
        let ziggurat = NormalZiggurat.shared
        var rng = RandomStream(seed: 4)
        var worst = 0.0
        var checked = 0
        while checked < 100_000 {
            let a = rng.next(), b = rng.next()
            guard scaled.inRectangle(a) && scaled.inRectangle(b) else { continue }
            let both = scaled.rectangleExp(a, b)
            for (lane, bits) in [a, b].enumerated() {
                let argument = Self.sigma * ziggurat.candidate(bits).value
                let error = abs(both[lane] / Foundation.exp(argument) - 1) / ((3 * abs(argument) + 5) * 0x1.0p-52)
                worst = max(worst, error)
            }
            checked += 1
        }
        #expect(worst <= 1, "worst error as a fraction of its bound")
    }

    /// One deal at a time, ln(size / median)/σ must be standard normal, rare paths included:
    /// Kolmogorov–Smirnov at α = 0.001 and the mean and variance within 5 standard errors
    /// (`SamplerChecks`).
    @Test("single deals are log-normal")
    func singleDeals() throws {
        let size = try LogNormal(median: 9000, p90: 25000)
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let sampler = DealSizeSampler(.logNormal(size), storage: storage)
        var rng = RandomStream(seed: 12)
        let normals = (0..<SamplerChecks.drawCount).map { _ in
            Foundation.log(sampler.sum(count: 1, using: &rng) / size.median) / size.sigma
        }
        SamplerChecks.expectKolmogorovSmirnov(normals, cdf: Normal.standardCDF)
        SamplerChecks.expectMoments(normals, SamplerChecks.Moments(mean: 0, variance: 1, excessKurtosis: 0))
    }
}
