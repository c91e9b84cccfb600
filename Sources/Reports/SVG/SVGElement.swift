/// One SVG element: a name, ordered attributes, children and optional text, written as
/// markup with every attribute value and text escaped.
///
/// Charts build trees of these values; nothing else writes SVG markup.
struct SVGElement: Equatable, Sendable {
    var name: String
    var attributes: [(String, String)]
    var children: [SVGElement]
    var text: String?

    init(_ name: String, _ attributes: [(String, String)] = [], children: [SVGElement] = [], text: String? = nil) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    static func == (lhs: SVGElement, rhs: SVGElement) -> Bool {
        lhs.name == rhs.name && lhs.children == rhs.children && lhs.text == rhs.text
            && lhs.attributes.map(\.0) == rhs.attributes.map(\.0) && lhs.attributes.map(\.1) == rhs.attributes.map(\.1)
    }

    /// The markup, one element per line, children indented by two spaces.
    func markup(indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent)
        let attributeText = attributes.map { " \($0.0)=\"\(Markup.escape($0.1))\"" }.joined()
        if children.isEmpty {
            guard let text else { return "\(pad)<\(name)\(attributeText)/>\n" }
            return "\(pad)<\(name)\(attributeText)>\(Markup.escape(text))</\(name)>\n"
        }
        var result = "\(pad)<\(name)\(attributeText)>\n"
        if let text { result += "\(pad)  \(Markup.escape(text))\n" }
        for child in children { result += child.markup(indent: indent + 2) }
        return result + "\(pad)</\(name)>\n"
    }
}

extension SVGElement {
    /// A group with a class (for the style sheet and the browser check).
    static func group(_ className: String, _ children: [SVGElement]) -> SVGElement {
        SVGElement("g", [("class", className)], children: children)
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, className: String = "mark",
                     tooltip: String? = nil) -> SVGElement {
        SVGElement("rect", [("class", className), ("x", Markup.number(x)), ("y", Markup.number(y)),
                            ("width", Markup.number(max(0, width))), ("height", Markup.number(max(0, height))), ("fill", fill)],
                   children: tooltip.map { [SVGElement("title", text: $0)] } ?? [])
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                     dash: String? = nil, className: String) -> SVGElement {
        var attributes = [("class", className), ("x1", Markup.number(x1)), ("y1", Markup.number(y1)), ("x2", Markup.number(x2)),
                          ("y2", Markup.number(y2)), ("stroke", stroke), ("stroke-width", Markup.number(width))]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        return SVGElement("line", attributes)
    }

    /// The element with `className` added to its class attribute.
    func addingClass(_ className: String) -> SVGElement {
        var copy = self
        if let index = copy.attributes.firstIndex(where: { $0.0 == "class" }) {
            copy.attributes[index].1 += " " + className
        } else {
            copy.attributes.insert(("class", className), at: 0)
        }
        return copy
    }

    /// Text anchored at (x, y); `anchor` is `start`, `middle` or `end`.
    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", size: Double = TextMetrics.bodySize,
                     className: String = "label") -> SVGElement {
        var attributes = [("class", className), ("x", Markup.number(x)), ("y", Markup.number(y)), ("font-size", Markup.number(size))]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        return SVGElement("text", attributes, text: content)
    }

    /// The root `<svg>` of a chart: a fixed view box that scales to the page width.
    static func chart(width: Double, height: Double, label: String, _ children: [SVGElement]) -> SVGElement {
        SVGElement("svg", [("class", "chart"),
                           ("viewBox", "0 0 \(Markup.number(width)) \(Markup.number(height))"),
                           ("width", Markup.number(width)), ("height", Markup.number(height)),
                           ("role", "img"), ("aria-label", label)],
                   children: children)
    }
}
