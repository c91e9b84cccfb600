import Foundation

/// A number to four significant digits for model summaries ("β = 0.0001", "spend 0.01074",
/// "AICc 3642"), without exponent for ordinary magnitudes; C-locale formatting.
func formatSignificant(_ value: Double) -> String {
    abs(value) >= 1e4 ? String(format: "%.1f", value) : String(format: "%.4g", value)
}

/// A non-negative parameter with two decimals for model summaries ("α = 0.45"), without Foundation's
/// locale-dependent formatting.
func formatParameter(_ value: Double) -> String {
    let hundredths = (value * 100).rounded()
    let whole = Int(hundredths) / 100
    let fraction = abs(Int(hundredths)) % 100
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
}
