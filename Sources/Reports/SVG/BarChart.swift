/// Horizontal bars in labelled rows: each row holds one or more bars (grouped bars), each bar
/// one or more segments (stacked bars, or a tornado's two sides of a baseline), with an
/// optional interval (error bar) and value label. Funnels, sources, strategy differences,
/// tornado and allocation charts are all this one layout.
///
/// Value labels sit beyond the bar's far end (left of a bar that runs left from its start),
/// skip over any reference line in their way, and the plot shrinks until every label fits:
/// see `BarChart+Layout.swift`.
struct BarChart: Equatable, ChartDrawing {
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
        /// Written beyond the bar's far end (and its interval).
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

    static let barHeight = 14.0
    static let barGap = 3.0
    static let rowGap = 10.0
    /// Row labels beside the bars take at most this share of the chart's width; longer ones
    /// are truncated with "…".
    static let maximumRowLabelShare = 0.35
    /// Row labels move above their bars when the widest takes more than this share of the
    /// chart's width (the narrow drawing), so the bars keep most of the width.
    static let rowLabelShare = 0.3
    /// Height of a row label set above its bars.
    static let rowLabelLine = 15.0
    /// Grid and reference lines break this far around a row label set above its bars.
    static let lineBreakMargin = 2.0

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

    func svg(label: String, width: Double = ChartLayout.width) -> SVGElement {
        let widestRowLabel = min(rows.map { TextMetrics.width($0.label) }.max() ?? 0, width * Self.maximumRowLabelShare)
        let labelsAbove = widestRowLabel > width * Self.rowLabelShare
        // Above the bars a label may take the chart's whole width.
        let rowLabels = rows.map { TextMetrics.truncate($0.label, toWidth: labelsAbove ? width - 2 * Axis.labelGap : width * Self.maximumRowLabelShare) }
        let layout = horizontalLayout(width: width, labelEdge: labelsAbove ? Axis.labelGap : widestRowLabel + 2 * Axis.labelGap)
        let scale = layout.scale
        let ruleRows = RuleLabels.rows(rules.map { ($0.label, scale($0.value)) }, width: width)
        let top = ChartLayout.topMargin + Double(ruleRows.count) * ChartLayout.ruleRowHeight
        var children: [SVGElement] = []
        var marks: [SVGElement] = []
        /// Vertical bands (with the row label's horizontal extent) that lines must not cross.
        var labelBands: [(y: ClosedRange<Double>, x: ClosedRange<Double>)] = []
        var y = top + Self.rowGap / 2
        var barIndex = 0
        for (row, rowLabel) in zip(rows, rowLabels) {
            if labelsAbove {
                children.append(.text(rowLabel, x: Axis.labelGap, y: y + TextMetrics.bodySize * 0.9, className: "row-label"))
                // Lines stop short of the label's box, descenders included.
                labelBands.append(((y - Self.lineBreakMargin)...(y + Self.rowLabelLine + Self.lineBreakMargin),
                                   (Axis.labelGap - Self.lineBreakMargin)...(Axis.labelGap + TextMetrics.width(rowLabel) + Self.lineBreakMargin)))
                y += Self.rowLabelLine
            }
            let rowHeight = Double(row.bars.count) * (Self.barHeight + Self.barGap) - Self.barGap
            if !labelsAbove {
                children.append(.text(rowLabel, x: scale.range.start - Axis.labelGap, y: y + rowHeight / 2 + TextMetrics.bodySize * 0.35,
                                      anchor: "end", className: "row-label"))
            }
            for bar in row.bars {
                marks.append(self.bar(bar, label: layout.valueLabels[barIndex], scale: scale, y: y))
                barIndex += 1
                y += Self.barHeight + Self.barGap
            }
            y += Self.rowGap - Self.barGap
        }
        let axisY = y - Self.rowGap / 2
        func vertical(_ x: Double, stroke: String, width: Double = 1, dash: String? = nil, className: String) -> [SVGElement] {
            Self.unbroken(from: top, to: axisY, at: x, avoiding: labelBands).map {
                .line(x1: x, y1: $0.lowerBound, x2: x, y2: $0.upperBound, stroke: stroke, width: width, dash: dash, className: className)
            }
        }
        let grid = layout.ticks.flatMap { vertical(scale($0.value), stroke: Palette.lightGrey, className: "grid") }
        let ruleLines = rules.flatMap { vertical(scale($0.value), stroke: Palette.black, width: 1.5, dash: $0.dash, className: ChartLayout.referenceLineClass) }
        let xTitleY = axisY + Axis.tickLength + Axis.labelGap + TextMetrics.bodySize + ChartLayout.axisTitleGap + TextMetrics.titleSize
        let legendY = xTitleY + ChartLayout.legendGap
        let legendWidth = width - scale.range.start - Axis.labelGap
        let height = legendY + legend.height(width: legendWidth) + ChartLayout.bottomMargin
        var all = [SVGElement.group("grid-lines", grid), .group("marks", marks)] + children + ruleLines
        all.append(RuleLabels.svg(ruleRows, top: ChartLayout.topMargin))
        all.append(Axis.bottom(ticks: Axis.thinned(numeric: layout.ticks, scale: scale), scale: scale, y: axisY, title: axis.title, titleY: xTitleY))
        if !legend.entries.isEmpty { all.append(legend.svg(x: scale.range.start, y: legendY, width: legendWidth)) }
        return .chart(width: width, height: height, label: label, all)
    }

    /// The pieces of the vertical span `from...to` at `x` outside every band whose x extent holds `x`.
    static func unbroken(from: Double, to: Double, at x: Double, avoiding bands: [(y: ClosedRange<Double>, x: ClosedRange<Double>)]) -> [ClosedRange<Double>] {
        var pieces: [ClosedRange<Double>] = []
        var start = from
        for band in bands.sorted(by: { $0.y.lowerBound < $1.y.lowerBound }) where band.x.contains(x) && band.y.upperBound > start {
            if band.y.lowerBound > start { pieces.append(start...min(band.y.lowerBound, to)) }
            start = band.y.upperBound
        }
        if start < to { pieces.append(start...to) }
        return pieces
    }

    private func bar(_ bar: Bar, label: ValueLabel?, scale: LinearScale, y: Double) -> SVGElement {
        var parts = bar.segments.map { segment in
            let x0 = scale(min(segment.from, segment.to))
            let x1 = scale(max(segment.from, segment.to))
            return SVGElement.rect(x: x0, y: y, width: x1 - x0, height: Self.barHeight, fill: segment.fill, className: "segment",
                                   tooltip: segment.tooltip)
        }
        if let interval = bar.interval {
            let x0 = scale(interval.lowerBound)
            let x1 = scale(interval.upperBound)
            let middle = y + Self.barHeight / 2
            let cap = Self.barHeight / 3
            parts += [SVGElement.line(x1: x0, y1: middle, x2: x1, y2: middle, stroke: Palette.black, width: 1.5, className: "interval"),
                      .line(x1: x0, y1: middle - cap, x2: x0, y2: middle + cap, stroke: Palette.black, width: 1.5, className: "interval"),
                      .line(x1: x1, y1: middle - cap, x2: x1, y2: middle + cap, stroke: Palette.black, width: 1.5, className: "interval")]
        }
        if let label, let box = label.box {
            let baseline = y + Self.barHeight / 2 + TextMetrics.bodySize * 0.35
            parts.append(label.leftward
                ? .text(label.text, x: box.upperBound, y: baseline, anchor: "end", className: "value-label")
                : .text(label.text, x: box.lowerBound, y: baseline, className: "value-label"))
        }
        return .group("mark bar", parts)
    }
}
