/// Amounts of money for reports: a currency symbol from an ISO 4217 code, thousands
/// separators, and a compact form ("$3.4M") for summary sentences.
struct MoneyText {
    /// Symbols for common codes; any other code prints as a prefix ("SEK 1,200").
    static let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹", "AUD": "A$", "CAD": "C$",
                          "NZD": "NZ$", "BRL": "R$", "KRW": "₩", "CHF": "CHF ", "MXN": "MX$"]

    let prefix: String

    /// - Parameter currency: an ISO 4217 code; nil prints bare numbers.
    init(currency: String?) {
        guard let code = currency?.uppercased(), !code.isEmpty else {
            prefix = ""
            return
        }
        prefix = Self.symbols[code] ?? code + " "
    }

    /// `-1234.5` → `-$1,235`; `n/a` when not finite.
    func full(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "n/a" }
        let digits = NumberText.grouped(abs(value), decimals: decimals)
        return (value < 0 && digits.contains(where: { $0 != "0" && $0 != "," && $0 != "." }) ? "-" : "") + prefix + digits
    }

    /// A standard error of an amount: whole units from 10 up; below that two significant
    /// digits down to cents (`4.23` → `$4.2`, `0.38` → `$0.38`), so a small error that is not
    /// zero never reads `$0` beside a value.
    func standardError(_ value: Double) -> String {
        guard value.isFinite, value > 0, value < 10 else { return full(value) }
        return full(value, decimals: min(2, 1 - Int(log10(value).rounded(.down))))
    }

    /// A signed amount: `+$1,200` / `-$300`.
    func signed(_ value: Double, decimals: Int = 0) -> String {
        value > 0 ? "+" + full(value, decimals: decimals) : full(value, decimals: decimals)
    }

    /// Three significant digits with k/M/B: `3400000` → `$3.4M`, `950000` → `$950k`.
    func compact(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let magnitude = abs(value)
        let (scaled, suffix): (Double, String) = switch magnitude {
        case 1e9...: (magnitude / 1e9, "B")
        case 1e6...: (magnitude / 1e6, "M")
        case 1e3...: (magnitude / 1e3, "k")
        default: (magnitude, "")
        }
        let decimals = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2
        var text = String(format: "%.\(decimals)f", scaled)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return (value < 0 ? "-" : "") + prefix + text + suffix
    }
}

import Foundation
