/// A chart that lays itself out at any view-box width: a report draws each chart twice, at
/// the page's width and at a phone's, and the style sheet shows the one that fits, so text
/// keeps its size instead of shrinking with the picture.
protocol ChartDrawing: Sendable {
    /// The chart as a root `<svg>` of view-box width `width`; `label` is its accessible name.
    func svg(label: String, width: Double) -> SVGElement
}
