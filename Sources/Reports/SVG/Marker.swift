/// A symbol drawn at each point of a marker layer and in its legend swatch.
struct Marker: Equatable, Sendable {
    enum Shape: Equatable, Sendable {
        case circle
        /// A square standing on a corner: tells points apart from round dots by shape alone.
        case diamond
    }

    var shape: Shape
    /// Distance from the centre to the edge (circle) or to a corner (diamond), in pixels.
    var radius: Double
    var fill: String
    /// An outline, e.g. white to lift the symbol off the lines beneath it.
    var stroke: String?

    /// Radius of the small dots on a line (a median path's months).
    static let dotRadius = 2.5
    /// Radius of a stand-alone symbol: about 10 px across on a phone, where the chart is drawn
    /// at `ChartLayout.narrowWidth` and scaled by about 0.9.
    static let symbolRadius = 5.5

    /// A small filled dot.
    static func dot(_ fill: String) -> Marker { Marker(shape: .circle, radius: dotRadius, fill: fill, stroke: nil) }

    /// The symbol centred at (x, y).
    func element(x: Double, y: Double) -> SVGElement {
        var attributes: [(String, String)]
        switch shape {
        case .circle:
            attributes = [("cx", Markup.number(x)), ("cy", Markup.number(y)), ("r", Markup.number(radius)), ("fill", fill)]
        case .diamond:
            let corners = [(x, y - radius), (x + radius, y), (x, y + radius), (x - radius, y)]
            attributes = [("d", PathData(line: corners).text + " Z"), ("fill", fill)]
        }
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1")] }
        return SVGElement(shape == .circle ? "circle" : "path", attributes)
    }
}
