/// Escaping and number spelling shared by the SVG and HTML writers.
enum Markup {
    /// Escapes `&`, `<`, `>`, `"` and `'` so any text is safe as element content or as a
    /// quoted attribute value.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Decimals kept in coordinates: a tenth of a pixel is below what a screen shows.
    static let coordinateDecimals = 1

    /// A coordinate with at most `coordinateDecimals` decimals and no trailing zeros, so the
    /// same chart always gives the same bytes: `12.50` → `12.5`, `-0.01` → `0`; non-finite
    /// values (never produced by the charts) print as `0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.\(coordinateDecimals)f", value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text == "-0" ? "0" : text
    }
}
