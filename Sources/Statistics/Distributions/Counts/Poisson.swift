import RealModule

/// The Poisson distribution with mean λ: P(N = k) = e^{−λ}λ^k/k!.
///
/// Exact for every λ in [0, 1e15] with O(1) expected time:
/// - λ < 100: inversion (Devroye 1986, §X.3.3) by indexed search (`GuideTable`) in a table of
///   the CDF built once by the pmf recurrence (up to where the pmf falls below 1e−20, about
///   λ + 10√λ + 15 entries; entries accurate to about 1e−14 relative), so a draw is one
///   uniform and about two comparisons. When U is at or above the last tabulated value
///   (probability about 1e−16) the draw is redone by the table-free method below;
/// - λ ≥ 100 (and the table-free method): sequential-search inversion below λ = 10, and
///   Hörmann's PTRS, transformed rejection with squeeze ("The transformed rejection method for
///   generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993)
///   from λ = 10, with acceptance above 0.86 for every λ ≥ 10 (see `PoissonKernel`).
public struct Poisson: CountDistribution, Equatable {
    /// Largest accepted mean: beyond ~2^53 counts are no longer exact doubles.
    public static let maximumMean = 1e15

    public let mean: Double
    @usableFromInline let kernel: PoissonKernel
    /// F(0), F(1), … while the remaining mass is at least 1e−20, for λ < 100; empty otherwise.
    @usableFromInline let table: GuideTable
    /// Means below this are tabulated (e^{−λ} stays far from underflow, and the table small).
    @usableFromInline static let tableMeanLimit = 100.0
    /// The tabulated CDF stops once P(N = k) falls below this past the mean.
    static let tableTailMass = 1e-20

    /// - Throws: `DistributionError` unless 0 ≤ mean ≤ 1e15.
    public init(mean: Double) throws(DistributionError) {
        let check = ParameterCheck("poisson")
        try check.nonNegative(mean, "mean")
        try check.require(mean <= Self.maximumMean, "mean", mean, "exceeds the largest supported mean 1e15")
        self.mean = mean
        kernel = PoissonKernel(mean: mean)
        table = mean < Self.tableMeanLimit ? GuideTable(cdf: Self.cumulativeTable(mean)) : .empty
    }

    /// The CDF by the pmf recurrence p_k = p_{k−1}·λ/k from e^{−λ}, capped at 1.
    static func cumulativeTable(_ mean: Double) -> [Double] {
        var table: [Double] = []
        var p = Double.exp(-mean), cumulative = 0.0, k = 0
        repeat {
            cumulative += p
            table.append(Swift.min(cumulative, 1))
            k += 1
            p *= mean / Double(k)
        } while Double(k) <= mean || p >= tableTailMass
        return table
    }

    public var variance: Double { mean }

    @inlinable
    public func sample(using rng: inout RandomStream) -> Int {
        if mean < Self.tableMeanLimit, let k = table.index(for: rng.nextUnit()) { return k }
        return kernel.sample(using: &rng)
    }

    /// One draw for a mean used once, without building a distribution: no CDF table, only
    /// the constants of the method that applies (sequential-search inversion below λ = 10,
    /// PTRS from there; see the type's discussion). Use it when the mean changes from draw
    /// to draw; for many draws with one mean, `Poisson(mean:)` is faster.
    /// - Precondition: 0 ≤ `mean` ≤ `maximumMean` (callers validate or clamp).
    @inlinable
    public static func sample(mean: Double, using rng: inout RandomStream) -> Int {
        precondition(mean >= 0 && mean <= maximumMean, "Poisson.sample(mean:) needs 0 ≤ mean ≤ 1e15")
        return PoissonKernel.sample(mean: mean, using: &rng)
    }
}
