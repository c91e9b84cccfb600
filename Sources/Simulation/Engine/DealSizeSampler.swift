import Foundation
import Statistics

/// Draws the total amount of `count` won deals, each an independent draw from `deal_size`.
///
/// The sum is always drawn deal by deal, so it is exact in distribution (a sum of
/// log-normals has no closed form). Two cases skip the generic enum dispatch: a fixed size
/// multiplies, and a log-normal size draws e^μ · Σ exp(σ·Z_k) with the normal ziggurat
/// scaled into the table exponential's units (`ScaledZiggurat`), its tables built once per
/// plan. Any other distribution is read through a pointer into the plan's `KernelStorage`,
/// so the sampler is a plain value that retains nothing.
///
/// The log-normal loop keeps the generator in registers: it and the ziggurat's rare paths
/// take and return the stream by value (`ScaledZiggurat.rejectedExp`), so no memory holds
/// the generator during the loop, and e^μ is computed once per plan.
enum DealSizeSampler: @unchecked Sendable {
    /// Largest log-normal σ for which σ·Z, |Z| < r, stays within `FastExp.fastRange`.
    static let fastSigmaLimit = FastExp.fastRange / NormalZiggurat.tailStart

    case fixed(Double)
    /// e^μ and the ziggurat scaled by σ. Only for σ ≤ `fastSigmaLimit`, where σ·Z stays
    /// inside `FastExp`'s table range for every rectangle draw (|Z| < r).
    case logNormal(median: Double, ScaledZiggurat)
    case general(UnsafePointer<UncertainValue>)

    init(_ value: UncertainValue, storage: KernelStorage) {
        switch value {
        case .fixed(let amount): self = .fixed(amount)
        case .logNormal(let d) where d.sigma <= Self.fastSigmaLimit:
            self = .logNormal(median: Foundation.exp(d.mu), ScaledZiggurat(sigma: d.sigma, storage: storage))
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
        case .logNormal(let median, let ziggurat):
            let (total, next) = Self.logNormalSum(count: count, ziggurat, stream: rng)
            rng = next
            return median * total
        case .general(let value):
            var total = 0.0
            for _ in 0..<count { total += Swift.max(0, value.pointee.sample(using: &rng)) }
            return total
        }
    }

    /// Σ exp(σ·Z_k) over `count` standard normals, two deals at a time: both ziggurat
    /// candidates are taken first, and when both lie in their rectangles (97.6%) the two
    /// exponentials are evaluated as one `SIMD2`. Otherwise each is finished on its own, a
    /// rejected one continuing the ziggurat with the stream's following numbers, which are
    /// independent of both candidates, so every Z_k is exactly standard normal. An odd last
    /// deal also takes its would-be partner's word, so deal k's size never depends on how
    /// many deals follow it (`ComponentKey.dealSizes`).
    private static func logNormalSum(count: Int, _ ziggurat: ScaledZiggurat, stream: RandomStream) -> (Double, RandomStream) {
        var generator = stream
        var total = 0.0
        var pairs = SIMD2<Double>()
        for _ in 0..<(count / 2) {
            let a = generator.next()
            let b = generator.next()
            if ziggurat.inRectangle(a) && ziggurat.inRectangle(b) {
                pairs += ziggurat.rectangleExp(a, b)
            } else {
                total += ziggurat.exp(a, using: &generator)
                total += ziggurat.exp(b, using: &generator)
            }
        }
        if count % 2 == 1 {
            let last = generator.next()
            _ = generator.next()  // the partner's word, read as a pair would read it
            total += ziggurat.exp(last, using: &generator)
        }
        return (total + pairs.sum(), generator)
    }
}
