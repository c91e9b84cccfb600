/// The `d` attribute of an SVG path, built from points in pixel coordinates.
struct PathData: Equatable, Sendable {
    private(set) var commands: [String] = []

    init() {}

    /// A polyline through `points` (empty for no points).
    init(line points: [(x: Double, y: Double)]) {
        for (index, point) in points.enumerated() {
            commands.append((index == 0 ? "M" : "L") + Markup.number(point.x) + "," + Markup.number(point.y))
        }
    }

    /// A closed band: along `upper` left to right, back along `lower` right to left.
    /// - Precondition: both edges have the same number of points.
    init(band upper: [(x: Double, y: Double)], lower: [(x: Double, y: Double)]) {
        precondition(upper.count == lower.count, "a band's edges have the same points")
        self.init(line: upper + lower.reversed())
        if !commands.isEmpty { commands.append("Z") }
    }

    var text: String { commands.joined(separator: " ") }
}
