import Foundation

/// e^x for the deal-size sampler, accurate to a few units in the last place: the rare
/// (rejected) draws use it whole, and `ScaledZiggurat` shares its table and 2^k scaling.
///
/// Table-driven reduction (Tang, "Table-driven implementation of the exponential function
/// in IEEE floating-point arithmetic", ACM TOMS 15(2), 1989): with N = 256,
/// x = (k·N + j)·ln2/N + r, |r| ≤ ln2/(2N), so e^x = 2^k · 2^{j/N} · e^r, where 2^{j/N} comes
/// from a table (2 kB) and e^r from its degree-4 Taylor polynomial (truncation below
/// r⁵/120 ≈ 4·10⁻¹⁷ relative, a sixth of an ulp). ln2/N is split into a high part with
/// trailing zero bits and a low part so k·ln2/N is subtracted without rounding error
/// (Cody & Waite). Tested within 4 ulp of the C library's exp. Arguments with |x| >
/// `fastRange` go to the C library.
enum FastExp {
    static let tableBits = 8
    static let tableSize = 1 << tableBits
    /// Beyond this the result could leave the normal range of 2^k scaling; use libm.
    static let fastRange = 700.0
    /// 1.5 · 2^52: adding it to a double of magnitude below 2^51 rounds to an integer.
    static let roundingShifter = 0x1.8p52
    static let inverseStep = Double(tableSize) / M_LN2
    /// ln 2 split as in fdlibm's e_exp.c: a high part with 32 significant bits (so k·ln2Hi
    /// is exact for |k| < 2²¹) and the remainder, together accurate far beyond a double.
    static let ln2High = 6.93147180369123816490e-01
    static let ln2Low = 1.90821492927058770002e-10
    /// ln2/N in the same two parts (division by N = 2⁸ is exact).
    static let stepHigh = ln2High / Double(tableSize)
    static let stepLow = ln2Low / Double(tableSize)
    /// 2^{j/N} for j in 0..<N.
    static func powers() -> [Double] { (0..<tableSize).map { Foundation.exp2(Double($0) / Double(tableSize)) } }

    /// e^x with the 2^{j/N} table and constants of `FastTables`.
    @inline(__always)
    static func exp(_ x: Double, tables: FastTables) -> Double {
        guard abs(x) <= fastRange else { return Foundation.exp(x) }
        return expInTableRange(x, tables: tables)
    }

    /// e^x without the range check, for callers that know |x| ≤ `fastRange` (it has no
    /// call to the C library, so a loop around it keeps its values in registers).
    @inline(__always)
    static func expInTableRange(_ x: Double, tables: FastTables) -> Double {
        // Adding 1.5·2^52 rounds x·N/ln2 to the nearest integer n and leaves n in the low
        // bits of the sum's bit pattern (valid for |n| < 2^51), with no call to rint.
        let shifted = x * tables.inverseStep + roundingShifter
        let kn = shifted - roundingShifter
        let n = Int(truncatingIfNeeded: shifted.bitPattern &- roundingShifter.bitPattern)
        let r = (x - kn * tables.stepHigh) - kn * tables.stepLow
        let j = n & (tableSize - 1)
        let k = n >> tableBits
        let polynomial = 1 + r * (1 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24))))
        return tables.powers[j] * scale(k) * polynomial
    }

    /// 2^k for k in the normal exponent range.
    @inline(__always)
    static func scale(_ k: Int) -> Double {
        Double(bitPattern: UInt64(truncatingIfNeeded: (1023 &+ k) << 52))
    }
}
