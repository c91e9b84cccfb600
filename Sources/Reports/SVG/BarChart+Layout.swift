/// Horizontal layout of a bar chart: where the plot starts and ends so that every value label
/// fits in the chart without touching a row label or a reference line.
extension BarChart {
    /// A bar's value label and where it goes.
    struct ValueLabel: Equatable, Sendable {
        var text: String
        /// The data value the label starts from: the bar's far end, including its interval.
        var anchor: Double
        /// Whether the label goes left of `anchor` (the bar runs left from where it starts).
        var leftward: Bool
        /// The label's horizontal extent in pixels, once placed.
        var box: ClosedRange<Double>?
    }

    struct HorizontalLayout {
        var scale: LinearScale
        var ticks: [(value: Double, label: String)]
        /// One per bar, in row order (nil for a bar without a label).
        var valueLabels: [ValueLabel?]
    }

    /// Gap between a bar's end (or a reference line) and its value label, in pixels.
    static let valueLabelGap = 5.0
    /// A label whose box comes within this many pixels of a reference line jumps past it.
    static let ruleClearance = 3.0
    /// Rounds of margin widening; each frees what the widest overflow needs, so two or three suffice.
    static let layoutRounds = 8
    /// Shrinking the plot moves a label at plot fraction f by f (right) or 1 − f (left) of the
    /// shrink; below this fraction widening barely helps, so the step is capped.
    static let minimumMovingFraction = 0.1

    /// The label of `bar` before placement, beyond its far end.
    static func valueLabel(_ bar: Bar) -> ValueLabel? {
        guard let text = bar.valueLabel else { return nil }
        let runsLeft = !bar.segments.isEmpty && bar.segments.allSatisfy { $0.to <= $0.from } && bar.segments.contains { $0.to < $0.from }
        let ends = bar.segments.flatMap { [$0.from, $0.to] } + (bar.interval.map { [$0.lowerBound, $0.upperBound] } ?? [])
        let anchor = runsLeft ? ends.min() ?? 0 : ends.max() ?? 0
        return ValueLabel(text: text, anchor: anchor, leftward: runsLeft)
    }

    /// `label` placed on `scale`: `valueLabelGap` beyond its anchor, then past every reference
    /// line (at pixel positions `rules`) its box would come within `ruleClearance` of.
    static func place(_ label: ValueLabel, scale: LinearScale, rules: [Double]) -> ValueLabel {
        var placed = label
        let width = TextMetrics.width(label.text)
        if label.leftward {
            var end = scale(label.anchor) - valueLabelGap
            for x in rules.sorted(by: >) where x < end + ruleClearance && x > end - width - ruleClearance {
                end = x - valueLabelGap
            }
            placed.box = (end - width)...end
        } else {
            var start = scale(label.anchor) + valueLabelGap
            for x in rules.sorted() where x > start - ruleClearance && x < start + width + ruleClearance {
                start = x + valueLabelGap
            }
            placed.box = start...(start + width)
        }
        return placed
    }

    /// The plot's extent between `labelEdge` (where row labels end) and the chart's right
    /// margin, with room for the end ticks' labels, narrowed until every value label lies between `labelEdge` and the right edge.
    ///
    /// A label at plot fraction f moves by f·δ when the plot's right end moves in by δ, and by
    /// (1 − f)·δ when its left end does, so each round widens the margin by overflow / f (or
    /// overflow / (1 − f)) for the label that overflows most. Labels only jump past more
    /// reference lines as the plot narrows, so the rounds settle.
    func horizontalLayout(width: Double, labelEdge: Double) -> HorizontalLayout {
        let labels = rows.flatMap(\.bars).map(Self.valueLabel)
        // The end ticks' labels are centred on the plot's ends: leave room for their halves.
        let tickLabels = axis.numeric(covering: extent, range: (0, 1)).ticks.map { TextMetrics.width($0.label) / 2 + ChartLayout.edgeGap }
        var plotLeft = max(labelEdge, tickLabels.first ?? 0)
        var plotRight = width - max(ChartLayout.rightMargin, tickLabels.last ?? 0)
        let minimumPlotWidth = (width - labelEdge) / 3
        var layout: HorizontalLayout
        var round = 0
        repeat {
            let (scale, ticks) = axis.numeric(covering: extent, range: (plotLeft, plotRight))
            let rulePixels = rules.map { scale($0.value) }
            layout = HorizontalLayout(scale: scale, ticks: ticks, valueLabels: labels.map { $0.map { Self.place($0, scale: scale, rules: rulePixels) } })
            let boxes = layout.valueLabels.compactMap { $0?.box }
            let fraction = { (x: Double) in (x - plotLeft) / (plotRight - plotLeft) }
            var widened = false
            if let right = boxes.max(by: { $0.upperBound < $1.upperBound }), right.upperBound > width - ChartLayout.edgeGap + 0.05 {
                let moving = max(fraction(right.lowerBound - Self.valueLabelGap), Self.minimumMovingFraction)
                plotRight -= (right.upperBound - (width - ChartLayout.edgeGap)) / moving
                widened = true
            }
            if let left = boxes.min(by: { $0.lowerBound < $1.lowerBound }), left.lowerBound < labelEdge - 0.05 {
                let moving = max(1 - fraction(left.upperBound + Self.valueLabelGap), Self.minimumMovingFraction)
                plotLeft += (labelEdge - left.lowerBound) / moving
                widened = true
            }
            guard widened, plotRight - plotLeft >= minimumPlotWidth else { break }
            round += 1
        } while round < Self.layoutRounds
        if plotRight - plotLeft < minimumPlotWidth {
            // Labels too wide for any plot: keep a readable plot and let the browser check report the overflow.
            let (scale, ticks) = axis.numeric(covering: extent, range: (labelEdge, labelEdge + minimumPlotWidth))
            layout = HorizontalLayout(scale: scale, ticks: ticks, valueLabels: labels.map { $0.map { Self.place($0, scale: scale, rules: rules.map { scale($0.value) }) } })
        }
        return layout
    }
}
