import Foundation
import Statistics

/// Draws the total amount of `count` won deals, each an independent draw from `deal_size`.
///
/// The sum is always drawn deal by deal, so it is exact in distribution (a sum of
/// log-normals has no closed form). Two cases skip the generic enum dispatch: a fixed size
/// multiplies, and a log-normal size draws e^μ · Σ e^{σZ_k} from a ziggurat built on the
/// log-normal density (`LogNormalZiggurat`), its tables built once per plan. Any other
/// distribution, and log-normals with σ outside the ziggurat's range, are read through a
/// pointer into the plan's `KernelStorage`, so the sampler is a plain value that retains
/// nothing.
///
/// The log-normal loop keeps the generator in registers: it and the ziggurat's rare paths
/// take and return the stream by value, so no memory holds the generator during the loop,
/// and e^μ is computed once per plan. Deal k's size is drawn from the words following
/// deal k − 1's, so it never depends on how many deals follow it (`ComponentKey.dealSizes`).
enum DealSizeSampler: @unchecked Sendable {
    case fixed(Double)
    /// e^μ and the ziggurat of e^{σZ} (in the plan's `KernelStorage`, so the case stays two
    /// words), for `LogNormalZiggurat`'s range of σ.
    case logNormal(median: Double, UnsafePointer<LogNormalZiggurat>)
    case general(UnsafePointer<UncertainValue>)

    init(_ value: UncertainValue, storage: KernelStorage) {
        switch value {
        case .fixed(let amount): self = .fixed(amount)
        case .logNormal(let d) where d.sigma >= LogNormalZiggurat.minimumSigma && d.sigma <= LogNormalZiggurat.maximumSigma:
            self = .logNormal(median: Foundation.exp(d.mu), storage.store(LogNormalZiggurat(sigma: d.sigma, storage: storage)))
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
            let (total, next) = ziggurat.pointee.sum(count: count, stream: rng)
            rng = next
            return median * total
        case .general(let value):
            var total = 0.0
            for _ in 0..<count { total += Swift.max(0, value.pointee.sample(using: &rng)) }
            return total
        }
    }
}
