/// Lag probabilities with the tail sums the kernel needs (the kernel's tables in the plan's
/// `KernelStorage`, immutable once compiled).
struct LagTable: @unchecked Sendable {
    /// c_ℓ for ℓ in 0..<months: the probability that a deal closes ℓ months after its lead
    /// month (0 beyond the plan's table); longer lags leave every window month.
    let inWindow: UnsafeBufferPointer<Double>
    /// c_ℓ / Σ_{j≥ℓ} c_j: the chance of lag ℓ given the lag is at least ℓ (sequential
    /// binomial split of a multinomial); 0 where the tail is empty.
    let conditional: [Double]
    /// For lead month t, the probability that its deal closes after the window,
    /// Σ_{ℓ ≥ M − t} c_ℓ (summed over the tail, not 1 − head, to avoid cancellation).
    let afterWindow: UnsafeBufferPointer<Double>

    init(probabilities: [Double], months: Int, storage: KernelStorage) {
        var tails = [Double](repeating: 0, count: probabilities.count + 1)
        for lag in stride(from: probabilities.count - 1, through: 0, by: -1) {
            tails[lag] = tails[lag + 1] + probabilities[lag]
        }
        conditional = probabilities.indices.map { tails[$0] > 0 ? Swift.min(1, probabilities[$0] / tails[$0]) : 0 }
        inWindow = storage.store((0..<months).map { $0 < probabilities.count ? probabilities[$0] : 0 })
        afterWindow = storage.store((0..<months).map { t in
            let firstLate = months - t
            return firstLate < tails.count ? tails[firstLate] : 0
        })
    }
}
