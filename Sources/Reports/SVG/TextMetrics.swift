/// A conservative estimate of how wide a line of text renders, so labels can be placed,
/// truncated and given margins without a font engine.
///
/// Widths are Arial's advance widths in thousandths of an em (Arial and Liberation Sans are
/// metric-compatible; the style sheet asks for them first), grouped by character class, times
/// `safetyFactor` so a wider fallback font (DejaVu Sans is about 14% wider) still fits.
/// Characters not listed count as 0.6 em.
enum TextMetrics {
    /// Font size of tick and legend labels, in pixels.
    static let bodySize = 12.0
    /// Font size of axis titles, in pixels.
    static let titleSize = 12.5
    /// Covers fallback fonts wider than Arial (DejaVu Sans digits: 636 vs 556 per mille).
    static let safetyFactor = 1.15
    /// Advance width of characters not in `widths`, in thousandths of an em.
    static let defaultWidth = 600.0

    private static let widths: [Character: Double] = {
        var table: [Character: Double] = [:]
        func set(_ characters: String, _ width: Double) { for c in characters { table[c] = width } }
        set("ijl|'", 222)
        set(" .,:;!ftI/()[]-", 278)
        set("r\"", 333)
        set("abcdeghknopqsuvxyz0123456789$#_+=<>?~€£¥±≥≤–", 556)
        set("J", 500)
        set("L", 556)
        set("FTZ", 611)
        set("ABEKPSVXY&Δ", 667)
        set("CDHNRUw", 722)
        set("GOQ", 778)
        set("mM%", 833)
        set("W", 944)
        set("—", 1000)
        return table
    }()

    /// Estimated width in pixels of `text` at `size` pixels.
    static func width(_ text: String, size: Double = bodySize) -> Double {
        text.reduce(0) { $0 + (widths[$1] ?? defaultWidth) } / 1000 * size * safetyFactor
    }

    /// `text`, shortened with "…" until its estimated width is at most `maximum`.
    static func truncate(_ text: String, toWidth maximum: Double, size: Double = bodySize) -> String {
        guard width(text, size: size) > maximum else { return text }
        var shortened = text
        while !shortened.isEmpty && width(shortened + "…", size: size) > maximum { shortened.removeLast() }
        return shortened + "…"
    }
}
