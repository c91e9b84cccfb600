@testable import Reports

/// Boxes of a chart's text and lines, read back from its SVG tree, so tests can assert
/// layout rules (no label on a reference line, labels inside the chart) without a browser.
///
/// Text boxes use `TextMetrics`' conservative widths and the font's ascent (0.8 em) above and
/// descent (0.2 em) below the baseline.
struct ChartGeometry {
    struct Box: Equatable {
        var left: Double
        var right: Double
        var top: Double
        var bottom: Double

        func overlaps(_ other: Box, margin: Double = 0) -> Bool {
            min(right, other.right) - max(left, other.left) > -margin && min(bottom, other.bottom) - max(top, other.top) > -margin
        }
    }

    struct Text {
        var content: String
        var className: String
        var box: Box
    }

    var width: Double
    var texts: [Text] = []
    var referenceLines: [Box] = []
    /// Bars and error bars.
    var solidMarks: [Box] = []

    init(_ svg: SVGElement) {
        width = Self.number(svg, "width") ?? 0
        visit(svg)
    }

    static func number(_ element: SVGElement, _ name: String) -> Double? {
        element.attributes.first { $0.0 == name }.flatMap { Double($0.1) }
    }

    static func className(_ element: SVGElement) -> String {
        element.attributes.first { $0.0 == "class" }?.1 ?? ""
    }

    private mutating func visit(_ element: SVGElement) {
        let classes = Self.className(element).split(separator: " ").map(String.init)
        let value = { (name: String) in Self.number(element, name) ?? 0 }
        switch element.name {
        case "text":
            let content = element.text ?? ""
            let size = value("font-size")
            let textWidth = TextMetrics.width(content, size: size)
            let anchor = element.attributes.first { $0.0 == "text-anchor" }?.1 ?? "start"
            let left = anchor == "end" ? value("x") - textWidth : anchor == "middle" ? value("x") - textWidth / 2 : value("x")
            var box = Box(left: left, right: left + textWidth, top: value("y") - 0.8 * size, bottom: value("y") + 0.2 * size)
            if element.attributes.contains(where: { $0.0 == "transform" && $0.1.hasPrefix("rotate(-90 ") }) {
                // Rotated a quarter turn anticlockwise about its anchor (the y-axis title).
                let (x, y) = (value("x"), value("y"))
                box = Box(left: x - (y - box.top), right: x + (box.bottom - y), top: y - (box.right - x), bottom: y - (box.left - x))
            }
            texts.append(Text(content: content, className: classes.joined(separator: " "), box: box))
        case "line":
            let half = value("stroke-width") / 2
            let box = Box(left: min(value("x1"), value("x2")) - half, right: max(value("x1"), value("x2")) + half,
                          top: min(value("y1"), value("y2")) - half, bottom: max(value("y1"), value("y2")) + half)
            if classes.contains("reference-line") { referenceLines.append(box) }
            if classes.contains("interval") { solidMarks.append(box) }
        case "rect" where classes.contains("segment"):
            solidMarks.append(Box(left: value("x"), right: value("x") + value("width"), top: value("y"), bottom: value("y") + value("height")))
        default:
            break
        }
        for child in element.children { visit(child) }
    }

    /// Texts whose box comes within `clearance` of a reference line.
    func textsOnReferenceLines(clearance: Double = 0.5) -> [String] {
        texts.filter { text in referenceLines.contains { text.box.overlaps($0, margin: clearance) } }.map(\.content)
    }

    /// Texts whose box overlaps a bar or error bar (glyph height: 0.7 em around the middle).
    func textsOnMarks() -> [String] {
        texts.filter { text in
            let glyphs = Box(left: text.box.left, right: text.box.right, top: text.box.top + 0.1 * (text.box.bottom - text.box.top),
                             bottom: text.box.bottom - 0.1 * (text.box.bottom - text.box.top))
            return solidMarks.contains { glyphs.overlaps($0, margin: -0.5) }
        }.map(\.content)
    }

    /// Texts reaching past the chart's left or right edge.
    func textsOutside() -> [String] {
        texts.filter { $0.box.left < -0.5 || $0.box.right > width + 0.5 }.map(\.content)
    }
}
