import Foundation
import Statistics

/// e^{σZ} for a standard normal Z (a log-normal with median 1) by a ziggurat built on the
/// log-normal density itself, so a draw accepted in its rectangle is one multiply-add from
/// its value, with no exponential.
///
/// The ziggurat (Marsaglia & Tsang, "The ziggurat method for generating random variables",
/// J. Statistical Software 5(8), 2000) in its form for densities that rise and then fall
/// (Jalalvand & Charsooghi, "Generalized ziggurat algorithm for unimodal and unbounded
/// probability density functions with Zest", arXiv:1810.04744, 2018): the region under
/// f(x) = φ(ln x / σ)/(σx) is covered by N = `layerCount` layers of equal area v. Heights
/// are taken relative to the peak, g(x) = f(x)/f(mode) = e^{−(z + σ)²/2} with z = ln x / σ
/// (the mode is z = −σ). With heights y_0 < y_1 < … < y_{N−1} = 1 and level sets
/// [L_i, R_i] = {x : g(x) ≥ y_i} = [e^{σ(−σ−d_i)}, e^{σ(−σ+d_i)}], d_i = √(−2 ln y_i),
/// layer i ≥ 1 is the rectangle [L_{i−1}, R_{i−1}] × [y_{i−1}, y_i] (width W_i), and layer 0
/// the rectangle [L_0, R_0] × [0, y_0] with both tails under g (x < L_0 and x > R_0). A
/// 64-bit word picks the layer (its low 8 bits) and a uniform point u of 53 bits (its high
/// bits) across the layer: x = (left edge) + u·W_i/2⁵³.
/// - In layer i ≥ 1, when L_i < x < R_i every height of the layer lies under g(x), so x is
///   accepted at once (98% of words at σ = 0.8, 84% at σ = 8); otherwise (the two wedges)
///   a fresh uniform height in [y_{i−1}, y_i] accepts x when it lies below g(x)
///   (`wedgeAccepts`), and a rejected point starts over with the next word. The top layer
///   (y_{N−1} = 1) has no inner part: all wedge.
/// - Layer 0 is sampled as Marsaglia & Tsang's base strip: its width W_0 = v/y_0 exceeds
///   R_0 − L_0, and a point at or beyond R_0 (probability: the tails' mass over v) is
///   replaced by a draw from the tails, where ln x / σ is a normal tail below a = ln L_0/σ or
///   above b = ln R_0/σ, chosen in proportion to Φ(a) and Φ(−b), each drawn by Marsaglia's
///   tail method ("Generating a variable from the tail of the normal distribution",
///   Technometrics 6(1), 1964).
/// Accepted points are uniform in the region under g, so x has density f exactly.
///
/// The acceptance test reads u as an integer, lo_i ≤ u < hi_i, where [lo_i, hi_i) is the set
/// of u whose computed point satisfies L_i < x < R_i (layer 0: x < R_0) in floating point;
/// it is found once by bisection (x is monotone in u), so the integer test decides every
/// word as the floating-point comparison would.
///
/// Accuracy: the tables are computed in double precision (`LogNormalZiggurat+Tables`): the
/// layers' areas differ from v by under 10⁻¹² relative for σ ≤ 2.5 and 2·10⁻¹¹ at σ = 8,
/// and their edges lie on the level sets to within 10⁻¹³ (tested to 10⁻¹⁰), which moves
/// probabilities by that order; nothing else is approximated. An accepted x is a
/// multiple of W_i·2⁻⁵³ rounded to a double (steps below 10⁻¹³ of the layer's width for
/// σ ≥ `minimumSigma`).
///
/// The layer tables live in a plan's `KernelStorage` and are read through plain pointers
/// (`@unchecked Sendable`: immutable once built).
struct LogNormalZiggurat: @unchecked Sendable {
    /// One layer's fast test and value: x = `left` + u·`scale`, accepted when
    /// u − `low` < `span` in wrapping arithmetic.
    struct Layer {
        let left: Double
        let scale: Double
        let low: UInt64
        let span: UInt64
    }

    /// Layers, chosen by the low 8 bits of a word.
    static let layerCount = 256
    static let layerMask = UInt64(layerCount - 1)
    /// The uniform point is the word's high 53 bits (bits 8–10 are unused).
    static let uniformShift: UInt64 = 11
    static let uniformBits = 53
    /// The σ range served: below it the layers are too narrow for 53-bit points to stay far
    /// below the layer width; above it the densities leave the range of doubles.
    static let minimumSigma = 0.01
    static let maximumSigma = 8.0

    /// The layers, column by column (every `left`, then every `scale`, `low` and `span`), so
    /// a layer's four fields are read at one index with constant offsets.
    struct LayerTable {
        let columns: UnsafePointer<UInt64>

        init(_ layers: [Layer], storage: KernelStorage) {
            let columns = layers.map(\.left.bitPattern) + layers.map(\.scale.bitPattern) + layers.map(\.low) + layers.map(\.span)
            self.columns = storage.store(columns).baseAddress.unsafelyUnwrapped
        }

        @inline(__always)
        subscript(index: Int) -> Layer {
            Layer(left: left(index), scale: scale(index), low: low(index), span: span(index))
        }

        @inline(__always) func left(_ index: Int) -> Double { Double(bitPattern: columns[index]) }
        @inline(__always) func scale(_ index: Int) -> Double { Double(bitPattern: columns[LogNormalZiggurat.layerCount + index]) }
        @inline(__always) func low(_ index: Int) -> UInt64 { columns[2 * LogNormalZiggurat.layerCount + index] }
        @inline(__always) func span(_ index: Int) -> UInt64 { columns[3 * LogNormalZiggurat.layerCount + index] }
    }

    let layers: LayerTable
    /// y_0 … y_{N−1} (relative to the peak), for the wedge tests.
    let heights: UnsafePointer<Double>
    /// Each layer's left and right wedge: `bends[2i]`, `bends[2i + 1]` (layer 0: unused).
    let bends: UnsafePointer<Bend>
    /// Each wedge's largest distance between g and its chord, in units of the layer's
    /// height, laid out as `bends` (0 for mixed wedges, which do not use it).
    let gaps: UnsafePointer<Double>
    let sigma: Double
    /// a < 0 and b > 0: the tails are z < a and z > b, z = ln x / σ.
    let leftTailStart: Double
    let rightTailStart: Double
    /// Φ(a) / (Φ(a) + Φ(−b)): the probability that a tail draw is from the left tail.
    let leftTailShare: Double

    /// Σ e^{σZ_k} over `count` independent draws, taking and returning the stream by value
    /// so the loop keeps the generator in registers; rare words go out of line (`finish`),
    /// which also takes and returns the running total, so no value lives across the call.
    /// - Complexity: O(count) expected words (about 1.02 per draw).
    @inline(__always)
    func sum(count: Int, stream: RandomStream) -> (Double, RandomStream) {
        guard count > 0 else { return (0, stream) }
        var generator = stream
        var total = 0.0
        var remaining = count
        repeat {
            remaining &-= 1
            let word = generator.next()
            let index = Int(truncatingIfNeeded: word & Self.layerMask)
            let u = word >> Self.uniformShift
            if u &- layers.low(index) < layers.span(index) {
                total += layers.left(index) + Double(Int64(bitPattern: u)) * layers.scale(index)
            } else {
                (total, generator) = finish(word, adding: total, stream: generator)
            }
        } while remaining != 0
        return (total, generator)
    }

    /// Completes a draw whose first word was not accepted at once: the wedge test or the
    /// tails, then fresh words until one is accepted. Returns `total` plus the draw.
    @inline(never)
    func finish(_ first: UInt64, adding total: Double, stream: RandomStream) -> (Double, RandomStream) {
        var generator = stream
        var word = first
        while true {
            let index = Int(truncatingIfNeeded: word & Self.layerMask)
            let layer = layers[index]
            let u = word >> Self.uniformShift
            let x = layer.left + Double(Int64(bitPattern: u)) * layer.scale
            if u &- layer.low < layer.span { return (total + x, generator) }
            if index == 0 { return (total + tail(using: &generator), generator) }
            if wedgeAccepts(layer: index, u: u, x: x, height: generator.nextUnit()) { return (total + x, generator) }
            word = generator.next()
        }
    }

    /// Whether the point x (the word's u) of layer `index` ≥ 1, outside the inner part, at
    /// height y_{i−1} + `height`·(y_i − y_{i−1}) lies under g.
    ///
    /// A chord squeeze first (as in McFarland, "A modified ziggurat algorithm for generating
    /// exponentially and normally distributed pseudorandom numbers", J. Statistical
    /// Computation and Simulation 86(7), 2016): across a wedge, g runs from y_{i−1} at the
    /// layer's outer edge to y_i at the inner edge, and the chord between those points is
    /// y_{i−1} + τ·(y_i − y_{i−1}), τ the point's fraction of the way inwards (τ = u/lo_i on
    /// the left, (2⁵³ − u)/(2⁵³ − hi_i) on the right). Where g is convex across the wedge it
    /// lies below the chord, so a point above it is rejected; where concave, above it, so a
    /// point below it is accepted. On the other side, g stays within the wedge's largest gap
    /// δ from its chord (in units of y_i − y_{i−1}, found once per plan), so a point more than
    /// δ below a convex wedge's chord is accepted and one more than δ above a concave
    /// wedge's chord rejected. Only points within δ of the chord, and wedges that contain an
    /// inflection point, evaluate g. Both comparisons keep a margin of `squeezeMargin` in τ,
    /// far above the rounding of τ, of the wedge's ends and of δ.
    func wedgeAccepts(layer index: Int, u: UInt64, x: Double, height: Double) -> Bool {
        let layer = layers[index]
        let onLeft = u < layer.low
        let bend = bends[2 * index + (onLeft ? 0 : 1)]
        if bend != .mixed {
            let inwards = onLeft
                ? Double(Int64(bitPattern: u)) / Double(Int64(bitPattern: layer.low))
                : (Self.pointCount - Double(Int64(bitPattern: u))) / (Self.pointCount - Double(Int64(bitPattern: layer.low &+ layer.span)))
            let gap = gaps[2 * index + (onLeft ? 0 : 1)] + Self.squeezeMargin
            let margin = Self.squeezeMargin
            switch bend {
            case .convex:
                if height > inwards + margin { return false }
                if height < inwards - gap { return true }
            default:
                if height < inwards - margin { return true }
                if height > inwards + gap { return false }
            }
        }
        return heights[index - 1] + height * (heights[index] - heights[index - 1]) < relativeDensity(x)
    }

    /// How g bends across one wedge: convex or concave throughout, or neither (the wedge
    /// contains an inflection point, or is too narrow to bother).
    enum Bend: UInt8 {
        case mixed, convex, concave
    }

    /// The squeeze's margin in τ.
    static let squeezeMargin = 1e-9
    /// 2⁵³, the number of uniform points across a layer.
    static let pointCount = 0x1.0p53

    /// g(x) = e^{−(z + σ)²/2}, z = ln x / σ: the density relative to its peak.
    func relativeDensity(_ x: Double) -> Double { Self.relativeDensity(x, sigma: sigma) }

    static func relativeDensity(_ x: Double, sigma: Double) -> Double {
        let d = Foundation.log(x) / sigma + sigma
        return Foundation.exp(-0.5 * d * d)
    }

    /// e^{σZ} for Z from the normal tails below a or above b, by Marsaglia's method: with
    /// r the tail's distance from 0, e = −ln(U₁)/r is accepted when −2 ln U₂ > e², and
    /// r + e then has the normal tail's law beyond r.
    func tail(using generator: inout RandomStream) -> Double {
        let left = generator.nextUnit() < leftTailShare
        let start = left ? -leftTailStart : rightTailStart
        while true {
            let excess = -Foundation.log(generator.nextOpenUnit()) / start
            if -2 * Foundation.log(generator.nextOpenUnit()) > excess * excess {
                return Foundation.exp(sigma * (left ? leftTailStart - excess : rightTailStart + excess))
            }
        }
    }
}
