/// Horizontal bars in labelled rows: each row holds one or more bars (grouped bars), each bar
/// one or more segments (stacked bars, or a tornado's two sides of a baseline), with an
/// optional interval (error bar) and value label. Funnels, sources, strategy differences,
/// tornado and allocation charts are all this one layout.
struct BarChart: Equatable, Sendable {
    struct Segment: Equatable, Sendable {
        var from: Double
        var to: Double
        var fill: String
        /// Shown on hover.
        var tooltip: String?
    }

    struct Bar: Equatable, Sendable {
        var segments: [Segment]
        /// An interval drawn as an error bar across the bar.
        var interval: ClosedRange<Double>?
        /// Written just right of the bar (or its interval).
        var valueLabel: String?
    }

    struct Row: Equatable, Sendable {
        var label: String
        var bars: [Bar]
    }

    /// A vertical reference line across all rows, e.g. the target, zero or the base plan.
    struct Rule: Equatable, Sendable {
        var value: Double
        var label: String
        var dash: String?
    }

    var rows: [Row]
    var axis: Axis
    var rules: [Rule] = []
    var legend = Legend(entries: [])
    /// Bars that start at zero need it on the axis; a tornado around a baseline does not.
    var includesZero = true
    var width = ChartLayout.width

    static let barHeight = 14.0
    static let barGap = 3.0
    static let rowGap = 10.0
    /// Row labels wider than this are truncated with "…".
    static let maximumRowLabelWidth = 200.0
    static let valueLabelGap = 5.0

    /// Smallest and largest value over segments, intervals and rules (and 0 when `includesZero`).
    var extent: ClosedRange<Double> {
        var values = includesZero ? [0.0] : []
        for bar in rows.flatMap(\.bars) {
            values += bar.segments.flatMap { [$0.from, $0.to] }
            if let interval = bar.interval { values += [interval.lowerBound, interval.upperBound] }
        }
        values += rules.map(\.value)
        let finite = values.filter(\.isFinite)
        return (finite.min() ?? 0)...(finite.max() ?? 1)
    }

    func svg(label: String) -> SVGElement {
        let labels = rows.map { TextMetrics.truncate($0.label, toWidth: Self.maximumRowLabelWidth) }
        let left = (labels.map { TextMetrics.width($0) }.max() ?? 0) + Axis.labelGap * 2
        let valueWidth = rows.flatMap(\.bars).compactMap(\.valueLabel).map { TextMetrics.width($0) }.max() ?? 0
        let right = max(ChartLayout.rightMargin, valueWidth + Self.valueLabelGap + 4)
        let plotWidth = width - left - right
        let (scale, ticks) = axis.numeric(covering: extent, range: (left, left + plotWidth))
        let ruleRows = rules.isEmpty ? 0.0 : ChartLayout.ruleRowHeight
        let top = ChartLayout.topMargin + ruleRows
        var children: [SVGElement] = []
        var marks: [SVGElement] = []
        var y = top + Self.rowGap / 2
        for (row, rowLabel) in zip(rows, labels) {
            let rowHeight = Double(row.bars.count) * (Self.barHeight + Self.barGap) - Self.barGap
            children.append(.text(rowLabel, x: left - Axis.labelGap, y: y + rowHeight / 2 + TextMetrics.bodySize * 0.35,
                                  anchor: "end", className: "row-label"))
            for bar in row.bars {
                marks.append(self.bar(bar, scale: scale, y: y))
                y += Self.barHeight + Self.barGap
            }
            y += Self.rowGap - Self.barGap
        }
        let axisY = y - Self.rowGap / 2
        let grid = ticks.map { SVGElement.line(x1: scale($0.value), y1: top, x2: scale($0.value), y2: axisY, stroke: Palette.lightGrey, className: "grid") }
        let ruleMarks = rules.flatMap { rule -> [SVGElement] in
            let x = scale(rule.value)
            let half = TextMetrics.width(rule.label) / 2
            return [.line(x1: x, y1: top, x2: x, y2: axisY, stroke: Palette.black, width: 1.5, dash: rule.dash, className: "rule"),
                    .text(rule.label, x: min(max(x, half + 2), width - half - 2), y: top - 5, anchor: "middle", className: "rule-label")]
        }
        let xTitleY = axisY + Axis.tickLength + Axis.labelGap + TextMetrics.bodySize + ChartLayout.axisTitleGap + TextMetrics.titleSize
        let legendY = xTitleY + ChartLayout.legendGap
        let height = legendY + legend.height(width: plotWidth) + ChartLayout.bottomMargin
        var all = [SVGElement.group("grid-lines", grid), .group("marks", marks)] + children + ruleMarks
        all.append(Axis.bottom(ticks: ticks, scale: scale, y: axisY, title: axis.title, titleY: xTitleY))
        if !legend.entries.isEmpty { all.append(legend.svg(x: left, y: legendY, width: plotWidth)) }
        return .chart(width: width, height: height, label: label, all)
    }

    private func bar(_ bar: Bar, scale: LinearScale, y: Double) -> SVGElement {
        var parts = bar.segments.map { segment in
            let x0 = scale(min(segment.from, segment.to))
            let x1 = scale(max(segment.from, segment.to))
            return SVGElement.rect(x: x0, y: y, width: x1 - x0, height: Self.barHeight, fill: segment.fill, className: "segment",
                                   tooltip: segment.tooltip)
        }
        var rightEdge = bar.segments.map { scale(max($0.from, $0.to)) }.max() ?? scale(0)
        if let interval = bar.interval {
            let x0 = scale(interval.lowerBound)
            let x1 = scale(interval.upperBound)
            let middle = y + Self.barHeight / 2
            let cap = Self.barHeight / 3
            parts += [SVGElement.line(x1: x0, y1: middle, x2: x1, y2: middle, stroke: Palette.black, width: 1.5, className: "interval"),
                      .line(x1: x0, y1: middle - cap, x2: x0, y2: middle + cap, stroke: Palette.black, width: 1.5, className: "interval"),
                      .line(x1: x1, y1: middle - cap, x2: x1, y2: middle + cap, stroke: Palette.black, width: 1.5, className: "interval")]
            rightEdge = max(rightEdge, x1)
        }
        if let valueLabel = bar.valueLabel {
            parts.append(.text(valueLabel, x: rightEdge + Self.valueLabelGap, y: y + Self.barHeight / 2 + TextMetrics.bodySize * 0.35,
                               className: "value-label"))
        }
        return .group("mark bar", parts)
    }
}
