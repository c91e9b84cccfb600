import Foundation
import Statistics

/// Draws the total amount of `count` won deals, each an independent draw from `deal_size`.
///
/// The sum is always drawn deal by deal, so it is exact in distribution (a sum of
/// log-normals has no closed form). Two cases skip the generic enum dispatch: a fixed size
/// multiplies, and a log-normal size draws e^μ · Σ exp(σ·Z_k) with the kernel's own ziggurat
/// normal and table exponential (`ZigguratNormal`, `FastExp`), tables loaded once per sum.
///
/// The log-normal loop keeps the generator in registers: the ziggurat's rare paths take and
/// return the stream by value (`ZigguratNormal.resample`), so no call inside the loop can
/// see the generator's address, and e^μ is computed once per plan.
enum DealSizeSampler: Sendable {
    case fixed(Double)
    /// e^μ and σ. Only for σ ≤ `ZigguratNormal.fastSigmaLimit`, where σ·Z stays inside
    /// `FastExp`'s table range for every rectangle draw (|Z| < r).
    case logNormal(median: Double, sigma: Double)
    case general(UncertainValue)

    init(_ value: UncertainValue) {
        switch value {
        case .fixed(let amount): self = .fixed(amount)
        case .logNormal(let d) where d.sigma <= ZigguratNormal.fastSigmaLimit:
            self = .logNormal(median: Foundation.exp(d.mu), sigma: d.sigma)
        default: self = .general(value)
        }
    }

    /// The sum of `count` independent deal sizes.
    /// - Complexity: O(count) draws, none for a fixed size.
    func sum(count: Int, using rng: inout RandomStream) -> Double {
        guard count > 0 else { return 0 }
        switch self {
        case .fixed(let amount):
            return Double(count) * amount
        case .logNormal(let median, let sigma):
            let tables = FastTables.shared
            let x = tables.zigguratX
            var generator = rng
            var total = 0.0
            for _ in 0..<count {
                let bits = generator.next()
                let layer = Int(truncatingIfNeeded: bits & ZigguratNormal.layerMask)
                let candidate = ZigguratNormal.abscissa(bits) * x[layer]
                if abs(candidate) < x[layer + 1] {
                    total += FastExp.expInTableRange(sigma * candidate, tables: tables)
                } else {
                    let (z, next) = ZigguratNormal.resample(layer: layer, candidate: candidate, x: x, f: tables.zigguratF, stream: generator)
                    generator = next
                    total += FastExp.exp(sigma * z, tables: tables)
                }
            }
            rng = generator
            return median * total
        case .general(let value):
            var total = 0.0
            for _ in 0..<count { total += Swift.max(0, value.sample(using: &rng)) }
            return total
        }
    }
}
