import Foundation

/// Number spellings for forecast reports: thousands separators, fixed decimals or scientific
/// notation by scale, percentages.
///
/// Uses `String(format:)` with the POSIX locale semantics of `%f`, so output is identical on
/// every machine (golden files depend on it).
enum NumberText {
    /// `1234567.891` → `1,234,568` (decimals 0) or `1,234,567.89` (decimals 2).
    /// Non-finite values print as `n/a` (they only arise from degenerate input).
    static func grouped(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "n/a" }
        let fixed = String(format: "%.\(decimals)f", abs(value))
        let parts = fixed.split(separator: ".", maxSplits: 1)
        let digits = Array(parts[0])
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        if parts.count == 2 { grouped += "." + parts[1] }
        let isZero = fixed.allSatisfy { $0 == "0" || $0 == "." }
        return value < 0 && !isZero ? "-" + grouped : grouped
    }

    /// How the numbers of one series are spelled, chosen by its scale (`init(scale:)`).
    enum Style: Equatable {
        /// Thousands separators and this many decimals.
        case fixed(decimals: Int)
        /// Four significant digits and a power of ten (`6.225e-13`), for magnitudes whose
        /// fixed spelling would be all zeros or dozens of digits.
        case scientific

        /// About four significant digits at the scale: no decimals from 1,000 up, more for
        /// small numbers (rates, ratios: 0.6225, 0.0006225); scientific notation from 10¹⁵ up
        /// and below 10⁻⁶, where fixed digits stop being readable. A scale of 0 (a history of
        /// zeros) keeps four decimals.
        init(scale: Double) {
            let scale = abs(scale)
            switch scale {
            case 1e15...: self = .scientific
            case 1000...: self = .fixed(decimals: 0)
            case 100..<1000: self = .fixed(decimals: 1)
            case 1..<100: self = .fixed(decimals: 2)
            case 1e-6..<1: self = .fixed(decimals: 3 - Int(log10(scale).rounded(.down)))
            case let tiny where tiny > 0: self = .scientific
            default: self = .fixed(decimals: 4)
            }
        }

        /// The value in this style; non-finite values as `n/a`.
        func text(_ value: Double) -> String {
            switch self {
            case .fixed(let decimals): NumberText.grouped(value, decimals: decimals)
            case .scientific: value.isFinite ? String(format: "%.3e", value) : "n/a"
            }
        }
    }

    /// `0.312` → `31%`; `0.0312` → `3.1%` (one decimal below 10%).
    static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "n/a" }
        let value = abs(fraction * 100)
        return String(format: value < 10 ? "%.1f%%" : "%.0f%%", value)
    }
}
