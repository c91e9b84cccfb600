/// Inversion of a tabulated discrete CDF by indexed search (Chen & Asau, "On generating random
/// variates from an empirical distribution", AIIE Transactions 6(2), 1974).
///
/// With m guide entries, `guide[j]` is the first k with F(k) > j/m, so a uniform U starts its
/// search at `guide[⌊mU⌋]` and needs at most about 2 comparisons on average when m equals the
/// table length (Devroye 1986, §III.2.4).
@usableFromInline
struct GuideTable: Sendable, Equatable {
    /// F(0), F(1), …, increasing.
    @usableFromInline let cdf: [Double]
    @usableFromInline let guide: [Int]
    /// Whether F(0) ≥ 0.9: then the first entry is tested before the guide, answering 90%+ of
    /// draws with one comparison (Poisson(1e−6), Binomial(50, 0.999)); for less skewed laws
    /// that extra branch would mispredict too often to pay.
    @usableFromInline let firstDominates: Bool
    static let dominantFirstMass = 0.9

    /// An unused table (no entries).
    static let empty = GuideTable(cdf: [])

    init(cdf: [Double]) {
        self.cdf = cdf
        var guide = [Int](repeating: cdf.count, count: cdf.count)
        var k = 0
        for j in guide.indices {
            let threshold = Double(j) / Double(cdf.count)
            while k < cdf.count && cdf[k] <= threshold { k += 1 }
            guide[j] = k
        }
        self.guide = guide
        firstDominates = (cdf.first ?? 0) >= Self.dominantFirstMass
    }

    /// The smallest k with U < F(k), or nil when U is at or above the last tabulated value.
    /// - Precondition: the table is not empty; 0 ≤ u < 1.
    @inlinable
    func index(for u: Double) -> Int? {
        if firstDominates && u < cdf[0] { return 0 }
        var k = guide[Int(u * Double(guide.count))]
        while k < cdf.count && u >= cdf[k] { k += 1 }
        return k < cdf.count ? k : nil
    }
}
