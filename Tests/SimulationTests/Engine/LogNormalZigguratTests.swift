import Foundation
@testable import Simulation
import Statistics
import TestSupport
import Testing

@Suite("Ziggurat on the log-normal density for deal sizes")
struct LogNormalZigguratTests {
    /// σ across the served range: small, the benchmark plan's (median 9,000, p90 25,000),
    /// and wide.
    static let sigmas = [0.05, 0.797, 2.5]

    /// The tables form a ziggurat: heights rise to the peak (1), every layer has the base
    /// layer's area v, and each layer's edges lie on the density's level set. Tolerances: the
    /// layers are chained from v in double precision over 256 steps, each adding a relative
    /// error of a few 2⁻⁵³; 10⁻¹⁰ relative leaves a wide margin above that and is still far
    /// below anything a Monte Carlo run could resolve.
    @Test("layers have equal areas and sit on the density", arguments: sigmas)
    func layers(sigma: Double) {
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let ziggurat = LogNormalZiggurat(sigma: sigma, storage: storage)
        let shape = LogNormalZiggurat.Shape(sigma: sigma)
        let count = LogNormalZiggurat.layerCount
        let heights = (0..<count).map { ziggurat.heights[$0] }
        #expect(heights.last == 1)
        #expect(zip(heights, heights.dropFirst()).allSatisfy { $0 < $1 })
        let area = ziggurat.layers[0].scale * 0x1.0p53 * heights[0]
        var worst = 0.0
        for index in 1..<count {
            let layer = ziggurat.layers[index]
            let width = layer.scale * 0x1.0p53
            worst = max(worst, abs(width * (heights[index] - heights[index - 1]) / area - 1))
            let edges = [layer.left, layer.left + width]
            for edge in edges { worst = max(worst, abs(ziggurat.relativeDensity(edge) / heights[index - 1] - 1)) }
        }
        #expect(worst <= 1e-10)
        // The base layer: its rectangle and the tails under the density make up v.
        let d0 = LogNormalZiggurat.Shape.halfWidth(heights[0])
        let tails = Normal.standardCDF(ziggurat.leftTailStart) + Normal.standardCDF(-ziggurat.rightTailStart)
        let base = (shape.right(d0) - shape.left(d0)) * heights[0] + shape.mass * tails
        #expect(abs(base / area - 1) <= 1e-10)
        #expect(ziggurat.leftTailStart < 0 && ziggurat.rightTailStart > 0)
    }

    /// The integer test accepts a word exactly when the floating-point point lies strictly
    /// inside the next layer's edges (base layer: below R_0), on random words and on the
    /// words at each end of every layer's accepted range.
    @Test("integer acceptance is the floating-point test", arguments: sigmas)
    func acceptance(sigma: Double) {
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let ziggurat = LogNormalZiggurat(sigma: sigma, storage: storage)
        let shape = LogNormalZiggurat.Shape(sigma: sigma)
        let count = LogNormalZiggurat.layerCount
        let halfWidths = (0..<count).map { LogNormalZiggurat.Shape.halfWidth(ziggurat.heights[$0]) }
        func agrees(_ word: UInt64) -> Bool {
            let index = Int(word & LogNormalZiggurat.layerMask)
            let layer = ziggurat.layers[index]
            let u = word >> LogNormalZiggurat.uniformShift
            let x = layer.left + Double(Int64(bitPattern: u)) * layer.scale
            let inside = index == 0
                ? x < shape.right(halfWidths[0])
                : x > shape.left(halfWidths[index]) && x < shape.right(halfWidths[index])
            return (u &- layer.low < layer.span) == inside
        }
        var rng = RandomStream(seed: 5)
        var disagreements = 0
        for _ in 0..<100_000 where !agrees(rng.next()) { disagreements += 1 }
        for index in 0..<count {
            let layer = ziggurat.layers[index]
            for u in [layer.low, layer.low &- 1, layer.low &+ layer.span, layer.low &+ layer.span &- 1] where u < 1 << 53 {
                if !agrees(u << LogNormalZiggurat.uniformShift | UInt64(index)) { disagreements += 1 }
            }
        }
        #expect(disagreements == 0)
    }

    /// The chord squeeze never contradicts the density: for random points in random layers'
    /// wedges at random heights, `wedgeAccepts` agrees with the plain test y < g(x); and
    /// most wedges bend one way, so the squeeze does decide most points (at least 80% of
    /// wedges are convex or concave for these σ).
    @Test("wedge squeeze agrees with the density", arguments: sigmas)
    func wedgeSqueeze(sigma: Double) {
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let ziggurat = LogNormalZiggurat(sigma: sigma, storage: storage)
        let count = LogNormalZiggurat.layerCount
        var rng = RandomStream(seed: 31)
        var disagreements = 0, checked = 0
        while checked < 200_000 {
            let word = rng.next()
            let index = Int(word & LogNormalZiggurat.layerMask)
            let layer = ziggurat.layers[index]
            let u = word >> LogNormalZiggurat.uniformShift
            guard index > 0 && !(u &- layer.low < layer.span) else { continue }
            let x = layer.left + Double(Int64(bitPattern: u)) * layer.scale
            let height = rng.nextUnit()
            let plain = ziggurat.heights[index - 1] + height * (ziggurat.heights[index] - ziggurat.heights[index - 1]) < ziggurat.relativeDensity(x)
            if ziggurat.wedgeAccepts(layer: index, u: u, x: x, height: height) != plain { disagreements += 1 }
            checked += 1
        }
        #expect(disagreements == 0)
        let bent = (2..<(2 * count)).filter { ziggurat.bends[$0] != .mixed }.count
        #expect(Double(bent) >= 0.8 * Double(2 * count - 2))
    }

    /// One deal at a time, ln(size / median)/σ must be standard normal, rare paths included:
    /// Kolmogorov–Smirnov at α = 0.001 and the mean and variance within 5 standard errors
    /// (`SamplerChecks`).
    @Test("single deals are log-normal", arguments: sigmas)
    func singleDeals(sigma: Double) throws {
        let size = try LogNormal(mu: Foundation.log(9000), sigma: sigma)
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let sampler = DealSizeSampler(.logNormal(size), storage: storage)
        var rng = RandomStream(seed: 12)
        let normals = (0..<SamplerChecks.drawCount).map { _ in
            Foundation.log(sampler.sum(count: 1, using: &rng) / size.median) / sigma
        }
        SamplerChecks.expectKolmogorovSmirnov(normals, cdf: Normal.standardCDF)
        SamplerChecks.expectMoments(normals, SamplerChecks.Moments(mean: 0, variance: 1, excessKurtosis: 0))
    }

    /// A million deals at the benchmark plan's σ, which resolves the distribution about 3×
    /// finer than `singleDeals` (an error in one layer's geometry shifts the CDF by the order
    /// of one layer's mass, 1/256): Kolmogorov–Smirnov at α = 0.001 (critical distance
    /// 0.002), the mean of e^{σZ} against e^{σ²/2} and the share at or below the median
    /// against ½, each within 5 standard errors (SE = sd/√n and √(¼/n)).
    @Test("a million deals resolve the distribution finely")
    func millionDeals() {
        let sigma = 0.797, n = 1_000_000
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let ziggurat = LogNormalZiggurat(sigma: sigma, storage: storage)
        var rng = RandomStream(seed: 21)
        var values: [Double] = []
        values.reserveCapacity(n)
        for _ in 0..<n {
            let (x, next) = ziggurat.sum(count: 1, stream: rng)
            rng = next
            values.append(x)
        }
        let mean = values.reduce(0, +) / Double(n)
        let expected = Foundation.exp(0.5 * sigma * sigma)
        let sd = expected * (Foundation.exp(sigma * sigma) - 1).squareRoot()
        #expect(abs(mean - expected) <= SamplerChecks.standardErrors * sd / Double(n).squareRoot())
        let belowMedian = Double(values.count { $0 <= 1 }) / Double(n)
        #expect(abs(belowMedian - 0.5) <= SamplerChecks.standardErrors * (0.25 / Double(n)).squareRoot())
        SamplerChecks.expectKolmogorovSmirnov(values.map { Foundation.log($0) / sigma }, cdf: Normal.standardCDF)
    }

    /// The tail path on its own (single deals reach it for well under 1% of words): started
    /// on random base-layer words at or beyond R_0, `finish` must give ln x / σ from the
    /// normal tails below a and above b mixed in proportion to their masses, i.e. the CDF
    /// (min(Φ(z), Φ(a)) + max(0, Φ(z) − Φ(b)))/(Φ(a) + Φ(−b)); Kolmogorov–Smirnov at
    /// α = 0.001 on 20,000 draws (`SamplerChecks`).
    @Test("tail draws follow the normal tails", arguments: sigmas)
    func tails(sigma: Double) {
        let storage = KernelStorage()
        defer { withExtendedLifetime(storage) {} }
        let ziggurat = LogNormalZiggurat(sigma: sigma, storage: storage)
        let a = ziggurat.leftTailStart, b = ziggurat.rightTailStart
        let leftMass = Normal.standardCDF(a), rightMass = Normal.standardCDF(-b)
        var rng = RandomStream(seed: 8)
        let beyond = ziggurat.layers[0].span
        let z = (0..<20_000).map { _ in
            // A base-layer word whose point lies at or beyond R_0.
            let u = beyond + UInt64(rng.nextIndex(below: Int((1 << 53) - beyond)))
            let (x, next) = ziggurat.finish(u << LogNormalZiggurat.uniformShift, adding: 0, stream: rng)
            rng = next
            return Foundation.log(x) / sigma
        }
        #expect(z.allSatisfy { $0 < a || $0 > b })
        func mixture(_ value: Double) -> Double {
            let below = Swift.min(Normal.standardCDF(value), leftMass)
            let above = value > b ? Normal.standardCDF(value) - Normal.standardCDF(b) : 0
            return (below + above) / (leftMass + rightMass)
        }
        SamplerChecks.expectKolmogorovSmirnov(z, cdf: mixture)
    }
}
