import Foundation
import Statistics

extension LogNormalZiggurat {
    /// Builds the layers for σ into `storage`.
    ///
    /// Heights are relative to the peak (g = e^{−d²/2} at half-width d around the mode in
    /// z = ln x / σ). For a base half-width d_0 the base area is
    /// v = (R_0 − L_0)·y_0 + M·(Φ(−σ − d_0) + Φ(σ − d_0)), M = σ√(2π)·e^{−σ²/2} being the
    /// area under g, and each layer's top is y_i = y_{i−1} + v/(R_{i−1} − L_{i−1}); d_0 is
    /// found by bisection so that the last layer's top y_{N−1} meets the peak (a smaller d_0
    /// overshoots it), taking the side that stops at or just below it, and y_{N−1} is then
    /// set to 1.
    /// - Precondition: `minimumSigma` ≤ σ ≤ `maximumSigma`.
    /// - Complexity: O(layers × bisection steps), about 60 chains of 256 layers.
    init(sigma: Double, storage: KernelStorage) {
        precondition(sigma >= Self.minimumSigma && sigma <= Self.maximumSigma, "σ outside the served range")
        let shape = Shape(sigma: sigma)
        let base = shape.baseHalfWidth()
        let chain = shape.chain(baseHalfWidth: base)
        let heights = chain.heights + [1]
        let halfWidths = heights.map(Shape.halfWidth)
        var layers: [Layer] = []
        var bends: [Bend] = [.mixed, .mixed]
        var gaps: [Double] = [0, 0]
        for index in 0..<Self.layerCount {
            // Layer i ≥ 1 spans the level set of the height below it.
            let d = halfWidths[Swift.max(0, index - 1)]
            let (left, right) = (shape.left(d), shape.right(d))
            if index == 0 {
                let scale = chain.area / heights[0] * Self.uniformWeight
                let high = Self.firstPoint(left: left, scale: scale) { $0 >= right }
                layers.append(Layer(left: left, scale: scale, low: 0, span: high))
            } else {
                let scale = (right - left) * Self.uniformWeight
                let inner = halfWidths[index]
                let (innerLeft, innerRight) = (shape.left(inner), shape.right(inner))
                let low = Self.firstPoint(left: left, scale: scale) { $0 > innerLeft }
                let high = Self.firstPoint(left: left, scale: scale) { $0 >= innerRight }
                layers.append(Layer(left: left, scale: scale, low: low, span: high > low ? high - low : 0))
                let usable = low > 0 && Swift.max(low, high) < 1 << Self.uniformBits
                let wedgeBends = usable ? shape.bends(outer: d, inner: inner) : [.mixed, .mixed]
                bends += wedgeBends
                gaps.append(wedgeBends[0] == .mixed ? 0 : shape.largestGap(outer: left, inner: innerLeft))
                gaps.append(wedgeBends[1] == .mixed ? 0 : shape.largestGap(outer: right, inner: innerRight))
            }
        }
        precondition(base > sigma, "the right tail starts above the median")
        self.sigma = sigma
        self.layers = LayerTable(layers, storage: storage)
        self.heights = storage.store(heights).baseAddress.unsafelyUnwrapped
        self.bends = storage.store(bends).baseAddress.unsafelyUnwrapped
        self.gaps = storage.store(gaps).baseAddress.unsafelyUnwrapped
        leftTailStart = -sigma - base
        rightTailStart = base - sigma
        let leftMass = Normal.standardCDF(leftTailStart)
        leftTailShare = leftMass / (leftMass + Normal.standardCDF(-rightTailStart))
    }

    /// 2⁻⁵³, the weight of one step of the 53-bit uniform point.
    static let uniformWeight = 0x1.0p-53

    /// The least u in 0...2⁵³ whose point `left` + u·`scale` satisfies `test` (2⁵³ if none),
    /// for a test that, as u grows, turns from false to true and stays true.
    static func firstPoint(left: Double, scale: Double, _ test: (Double) -> Bool) -> UInt64 {
        var low: UInt64 = 0, high: UInt64 = 1 << uniformBits
        if test(left) { return 0 }
        // test fails at low; high passes or lies past every point.
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if test(left + Double(Int64(bitPattern: middle)) * scale) { high = middle } else { low = middle }
        }
        return high
    }

    /// The log-normal density's geometry for one σ, heights relative to the peak.
    struct Shape {
        let sigma: Double
        /// M = σ√(2π)·e^{−σ²/2}: the area under g (1 over the peak density).
        let mass: Double

        /// The largest base half-width tried: its tails hold below Φ(−12) ≈ 10⁻³³ of the
        /// mass, so its chain stops far below the peak.
        static let widestBase = 12.0

        init(sigma: Double) {
            self.sigma = sigma
            mass = sigma * (2 * Double.pi).squareRoot() * Foundation.exp(-0.5 * sigma * sigma)
        }

        /// d = √(−2 ln y): the half-width in z of the level set at height y (0 at the peak).
        static func halfWidth(_ height: Double) -> Double {
            (-2 * Foundation.log(height)).squareRoot()
        }

        /// How g bends across a layer's left and right wedges, the layer spanning half-widths
        /// `outer` to `inner`.
        ///
        /// In w = ln x + σ², g = e^{−w²/(2σ²)} and g''(x) = g/x² · (w² + σ²w − σ²)/σ⁴, so g is
        /// concave between the roots w± = (−σ² ± √(σ⁴ + 4σ²))/2 and convex outside them. The
        /// right wedge covers w ∈ [σ·inner, σ·outer], the left one w ∈ [−σ·outer, −σ·inner];
        /// a wedge within `bendMargin` of a root counts as mixed.
        func bends(outer: Double, inner: Double) -> [Bend] {
            let root = (sigma * sigma * sigma * sigma + 4 * sigma * sigma).squareRoot()
            // Distances of the inflection points from the mode in w: |w−| and w+.
            let leftInflection = 0.5 * (root + sigma * sigma), rightInflection = 0.5 * (root - sigma * sigma)
            func bend(near: Double, far: Double, root: Double) -> Bend {
                // The wedge covers distances [near, far] from the mode; the root is at `root`.
                if near > root + Self.bendMargin { return .convex }
                if far < root - Self.bendMargin { return .concave }
                return .mixed
            }
            return [bend(near: sigma * inner, far: sigma * outer, root: leftInflection),
                    bend(near: sigma * inner, far: sigma * outer, root: rightInflection)]
        }

        /// The largest |g − chord| across a wedge from x = `outer` (where g = y_{i−1}) to
        /// `inner` (g = y_i), in units of y_i − y_{i−1}: for g convex or concave across the
        /// wedge the difference is concave in x, so golden-section search (Kiefer 1953) over
        /// the wedge finds its one maximum; the result is inflated by `gapInflation` against
        /// the search's and g's rounding.
        func largestGap(outer: Double, inner: Double) -> Double {
            let outerHeight = LogNormalZiggurat.relativeDensity(outer, sigma: sigma)
            let innerHeight = LogNormalZiggurat.relativeDensity(inner, sigma: sigma)
            func gap(_ t: Double) -> Double {
                let height = LogNormalZiggurat.relativeDensity(outer + t * (inner - outer), sigma: sigma)
                return abs((height - outerHeight) / (innerHeight - outerHeight) - t)
            }
            let ratio = 0.5 * (5.0.squareRoot() - 1)
            var (low, high) = (0.0, 1.0)
            var (a, b) = (high - ratio, ratio)
            var (gapA, gapB) = (gap(a), gap(b))
            for _ in 0..<Self.gapSearchSteps {
                if gapA > gapB {
                    (high, b, gapB) = (b, a, gapA)
                    a = high - ratio * (high - low)
                    gapA = gap(a)
                } else {
                    (low, a, gapA) = (a, b, gapB)
                    b = low + ratio * (high - low)
                    gapB = gap(b)
                }
            }
            return Swift.max(gapA, gapB) * Self.gapInflation
        }

        /// Golden-section steps (each keeps 0.618 of the interval: 40 steps reach 4·10⁻⁹,
        /// and the gap is flat at its maximum, so its value is found to far better than that).
        static let gapSearchSteps = 40
        /// Safety factor on a wedge's largest gap.
        static let gapInflation = 1.01

        /// Distance in w kept from an inflection point before a wedge counts as bending one
        /// way (far above the rounding of the half-widths).
        static let bendMargin = 1e-9

        func left(_ d: Double) -> Double { Foundation.exp(sigma * (-sigma - d)) }
        func right(_ d: Double) -> Double { Foundation.exp(sigma * (d - sigma)) }

        /// Layer heights y_0 … y_{N−2} for base half-width d_0, the base area, and how far
        /// the last layer's top y_{N−1} lands above the peak (+∞ when a layer passes it
        /// earlier).
        func chain(baseHalfWidth d0: Double) -> (heights: [Double], area: Double, excess: Double) {
            var height = Foundation.exp(-0.5 * d0 * d0)
            let tails = Normal.standardCDF(-sigma - d0) + Normal.standardCDF(sigma - d0)
            let area = (right(d0) - left(d0)) * height + mass * tails
            var heights = [height]
            var d = d0
            for _ in 1..<(LogNormalZiggurat.layerCount - 1) {
                height += area / (right(d) - left(d))
                guard height < 1 else { return (heights, area, .infinity) }
                heights.append(height)
                d = Self.halfWidth(height)
            }
            return (heights, area, height + area / (right(d) - left(d)) - 1)
        }

        /// The base half-width whose chain meets the peak, by bisection to the resolution
        /// of doubles (on the side whose last layer stops at or below the peak).
        func baseHalfWidth() -> Double {
            var low = 0.0, high = sigma + Self.widestBase
            while true {
                let middle = 0.5 * (low + high)
                guard middle > low && middle < high else { return high }
                if chain(baseHalfWidth: middle).excess > 0 { low = middle } else { high = middle }
            }
        }
    }
}
