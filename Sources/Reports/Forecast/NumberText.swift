import Foundation

/// Number spellings for forecast reports: thousands separators, fixed decimals, percentages.
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

    /// Decimals that keep about four significant digits for a scale: 0 from 1,000 up, and
    /// more for small numbers (rates, ratios).
    static func decimals(forScale scale: Double) -> Int {
        switch abs(scale) {
        case 1000...: 0
        case 100..<1000: 1
        case 1..<100: 2
        default: 4
        }
    }

    /// `0.312` → `31%`; `0.0312` → `3.1%` (one decimal below 10%).
    static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "n/a" }
        let value = abs(fraction * 100)
        return String(format: value < 10 ? "%.1f%%" : "%.0f%%", value)
    }
}
