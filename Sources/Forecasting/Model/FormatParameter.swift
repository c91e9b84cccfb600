/// A non-negative parameter with two decimals for model summaries ("α = 0.45"), without Foundation's
/// locale-dependent formatting.
func formatParameter(_ value: Double) -> String {
    let hundredths = (value * 100).rounded()
    let whole = Int(hundredths) / 100
    let fraction = abs(Int(hundredths)) % 100
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
}
