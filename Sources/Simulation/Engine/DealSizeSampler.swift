import Foundation
import Statistics

/// Draws the total amount of `count` won deals, each an independent draw from `deal_size`.
///
/// The sum is always drawn deal by deal, so it is exact in distribution (a sum of
/// log-normals has no closed form). Two cases skip the generic enum dispatch: a fixed size
/// multiplies, and a log-normal size draws e^μ · Σ exp(σ·Z_k) with `Statistics`' ziggurat
/// normal (`NormalZiggurat`) and the kernel's table exponential (`FastExp`), tables loaded
/// once per sum. Any other distribution is read through a pointer into the plan's
/// `KernelStorage`, so the sampler is a plain value that retains nothing.
///
/// The log-normal loop keeps the generator in registers: the ziggurat's rare paths take and
/// return the stream by value (`NormalZiggurat.finish`), so no call inside the loop can
/// see the generator's address, and e^μ is computed once per plan.
enum DealSizeSampler: @unchecked Sendable {
    /// Largest log-normal σ for which σ·Z, |Z| < r, stays within `FastExp.fastRange`.
    static let fastSigmaLimit = FastExp.fastRange / NormalZiggurat.tailStart

    case fixed(Double)
    /// e^μ and σ, with the tables (read once per plan rather than through a lazily
    /// initialised global on every sum). Only for σ ≤ `fastSigmaLimit`, where σ·Z stays
    /// inside `FastExp`'s table range for every rectangle draw (|Z| < r).
    case logNormal(median: Double, sigma: Double, NormalZiggurat, FastTables)
    case general(UnsafePointer<UncertainValue>)

    init(_ value: UncertainValue, storage: KernelStorage) {
        switch value {
        case .fixed(let amount): self = .fixed(amount)
        case .logNormal(let d) where d.sigma <= Self.fastSigmaLimit:
            self = .logNormal(median: Foundation.exp(d.mu), sigma: d.sigma, .shared, .shared)
        default: self = .general(storage.store(value))
        }
    }

    /// The sum of `count` independent deal sizes.
    /// - Complexity: O(count) draws, none for a fixed size.
    func sum(count: Int, using rng: inout RandomStream) -> Double {
        guard count > 0 else { return 0 }
        switch self {
        case .fixed(let amount):
            return Double(count) * amount
        case .logNormal(let median, let sigma, let ziggurat, let powers):
            return median * Self.logNormalSum(count: count, sigma: sigma, ziggurat, powers, using: &rng)
        case .general(let value):
            var total = 0.0
            for _ in 0..<count { total += Swift.max(0, value.pointee.sample(using: &rng)) }
            return total
        }
    }

    /// Σ exp(σ·Z_k) over `count` standard normals, two deals at a time: both ziggurat
    /// candidates are taken first, and when both lie in their rectangles (97.6%) the two
    /// exponentials are evaluated as one `SIMD2` (bit-identical to two scalar ones). Otherwise
    /// each is finished on its own, a rejected one continuing the ziggurat with the stream's
    /// following numbers, which are independent of both candidates, so every Z_k is exactly
    /// standard normal. An odd last deal also takes its would-be partner's word, so deal k's
    /// size never depends on how many deals follow it (`ComponentKey.dealSizes`).
    private static func logNormalSum(
        count: Int, sigma: Double, _ ziggurat: NormalZiggurat, _ powers: FastTables, using rng: inout RandomStream
    ) -> Double {
        var generator = rng
        var total = 0.0
        var pairs = SIMD2<Double>()
        for _ in 0..<(count / 2) {
            let a = ziggurat.candidate(generator.next())
            let b = ziggurat.candidate(generator.next())
            if ziggurat.inRectangle(layer: a.layer, value: a.value) && ziggurat.inRectangle(layer: b.layer, value: b.value) {
                pairs += FastExp.expInTableRange(SIMD2(sigma * a.value, sigma * b.value), tables: powers)
            } else {
                total += finish(a, sigma: sigma, ziggurat, powers, using: &generator)
                total += finish(b, sigma: sigma, ziggurat, powers, using: &generator)
            }
        }
        if count % 2 == 1 {
            let last = ziggurat.candidate(generator.next())
            _ = generator.next()  // the partner's word, read as a pair would read it
            total += finish(last, sigma: sigma, ziggurat, powers, using: &generator)
        }
        rng = generator
        return total + pairs.sum()
    }

    /// exp(σ·Z) for one ziggurat candidate: at once inside its rectangle, otherwise after
    /// the ziggurat's wedge and tail steps.
    @inline(__always)
    private static func finish(
        _ candidate: (layer: Int, value: Double), sigma: Double, _ ziggurat: NormalZiggurat, _ powers: FastTables,
        using generator: inout RandomStream
    ) -> Double {
        if ziggurat.inRectangle(layer: candidate.layer, value: candidate.value) {
            return FastExp.expInTableRange(sigma * candidate.value, tables: powers)
        }
        let (z, next) = ziggurat.finish(layer: candidate.layer, value: candidate.value, stream: generator)
        generator = next
        return FastExp.exp(sigma * z, tables: powers)
    }
}
