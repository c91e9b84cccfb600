/// What an axis shows: its title (with units) and how tick values are spelled, or fixed
/// category labels (periods, months) at given positions.
struct Axis: Equatable, Sendable {
    var title: String
    var format: TickFormat
    /// Labels at data positions instead of numeric ticks, e.g. months at 0, 1, 2.
    var categories: [Category]?

    struct Category: Equatable, Sendable {
        var value: Double
        var label: String
    }

    init(title: String, format: TickFormat = .number, categories: [Category]? = nil) {
        self.title = title
        self.format = format
        self.categories = categories
    }

    /// Gap between a tick label and the axis line, in pixels.
    static let labelGap = 6.0
    /// Tick mark length, in pixels.
    static let tickLength = 4.0
    /// Smallest horizontal gap between two category labels, in pixels.
    static let categoryGap = 10.0

    /// Ticks and labels of a numeric axis covering `data`, mapped onto `range`.
    func numeric(covering data: ClosedRange<Double>, range: (start: Double, end: Double),
                 tickCount: Int = NiceTicks.defaultCount) -> (scale: LinearScale, ticks: [(value: Double, label: String)]) {
        let (scale, ticks) = LinearScale.nice(covering: data, range: range, tickCount: tickCount)
        return (scale, Array(zip(ticks.values, format.labels(ticks))).map { (value: $0.0, label: $0.1) })
    }

    /// The category labels kept so that neighbours do not overlap: every k-th, with k the
    /// smallest stride whose spacing exceeds the widest label plus `categoryGap`.
    static func thinned(_ categories: [Category], pixelsPerUnit: Double) -> [Category] {
        guard categories.count > 1 else { return categories }
        let widest = categories.map { TextMetrics.width($0.label) }.max() ?? 0
        let spacing = abs(categories[1].value - categories[0].value) * pixelsPerUnit
        guard spacing > 0 else { return [categories[0]] }
        let stride = max(1, Int(((widest + categoryGap) / spacing).rounded(.up)))
        // Keep the last category (the latest period) and every stride-th before it.
        let last = categories.count - 1
        return categories.indices.filter { (last - $0) % stride == 0 }.map { categories[$0] }
    }

    /// Numeric ticks thinned the same way, for a narrow axis whose labels would touch.
    static func thinned(numeric ticks: [(value: Double, label: String)], scale: LinearScale) -> [(value: Double, label: String)] {
        let span = scale.domain.upperBound - scale.domain.lowerBound
        let pixelsPerUnit = span > 0 ? abs(scale.range.end - scale.range.start) / span : 0
        return thinned(ticks.map { Category(value: $0.value, label: $0.label) }, pixelsPerUnit: pixelsPerUnit).map { ($0.value, $0.label) }
    }

    /// A horizontal axis along the bottom of the plot: line, ticks, labels, title.
    static func bottom(ticks: [(value: Double, label: String)], scale: LinearScale, y: Double, title: String,
                       titleY: Double) -> SVGElement {
        var children = [SVGElement.line(x1: scale.range.start, y1: y, x2: scale.range.end, y2: y, stroke: Palette.grey, className: "axis-line")]
        for tick in ticks {
            let x = scale(tick.value)
            children.append(.line(x1: x, y1: y, x2: x, y2: y + tickLength, stroke: Palette.grey, className: "tick"))
            children.append(.text(tick.label, x: x, y: y + tickLength + labelGap + TextMetrics.bodySize * 0.8, anchor: "middle",
                                  className: "tick-label"))
        }
        children.append(.text(title, x: (scale.range.start + scale.range.end) / 2, y: titleY, anchor: "middle",
                              size: TextMetrics.titleSize, className: "axis-title"))
        return .group("axis x-axis", children)
    }

    /// A vertical axis on the left of the plot with grid lines across `gridWidth`.
    static func left(ticks: [(value: Double, label: String)], scale: LinearScale, x: Double, gridWidth: Double,
                     title: String, titleX: Double) -> SVGElement {
        var children: [SVGElement] = []
        for tick in ticks {
            let y = scale(tick.value)
            children.append(.line(x1: x, y1: y, x2: x + gridWidth, y2: y, stroke: Palette.lightGrey, className: "grid"))
            children.append(.text(tick.label, x: x - labelGap, y: y + TextMetrics.bodySize * 0.35, anchor: "end", className: "tick-label"))
        }
        let middle = (scale.range.start + scale.range.end) / 2
        var titleElement = SVGElement.text(title, x: titleX, y: middle, anchor: "middle", size: TextMetrics.titleSize, className: "axis-title")
        titleElement.attributes.append(("transform", "rotate(-90 \(Markup.number(titleX)) \(Markup.number(middle)))"))
        children.append(titleElement)
        return .group("axis y-axis", children)
    }
}
