import RealModule

/// ln k! for the rejection tests of the count samplers, faster than `logGamma`.
///
/// k < 256: a table of ln Γ(k + 1), filled once from `logGamma`. k ≥ 256: Stirling's series
/// ln k! = (x − ½)ln x − x + ½ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵), x = k + 1, whose
/// truncation error is below 1/(1680x⁷) < 1e−19 (Abramowitz & Stegun 6.1.41); the result
/// carries the rounding of its largest term, about ε·k·ln k, like any double evaluation.
@usableFromInline
enum LogFactorial {
    static let tableSize = 256
    /// ½ ln 2π.
    static let halfLogTwoPi = 0.918_938_533_204_672_741_78

    @usableFromInline static let table: [Double] = (0..<tableSize).map { Double.logGamma(Double($0) + 1) }

    /// ln k! for k ≥ 0.
    @usableFromInline
    static func of(_ k: Int) -> Double {
        if k < tableSize { return table[k] }
        let x = Double(k) + 1
        let inverse = 1 / x, inverseSquared = inverse * inverse
        let series = inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared / 1260))
        return (x - 0.5) * Double.log(x) - x + halfLogTwoPi + series
    }
}
