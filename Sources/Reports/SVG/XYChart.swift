/// A chart on two numeric axes built from layers: bands, lines, columns, shaded regions and
/// labelled vertical rules (fan charts, histograms, paths to target).
///
/// The y axis covers every band, line and column (and zero when `yIncludesZero`); the x axis
/// covers every layer. Rule labels go in rows above the plot (`RuleLabels`), never inside it.
struct XYChart: Equatable, ChartDrawing {
    struct Point: Equatable, Sendable {
        var x: Double
        var y: Double
    }

    enum Layer: Equatable, Sendable {
        /// The area between two curves sampled at the same x values.
        case band(upper: [Point], lower: [Point], fill: String, opacity: Double)
        case line(points: [Point], stroke: String, width: Double, dash: String?)
        /// Bars from y = 0 up to `height` across [x0, x1] (a histogram).
        case columns([Column], fill: String)
        /// A shaded strip across the full plot height.
        case region(from: Double, to: Double, fill: String, opacity: Double)
        /// A vertical reference line with a label above the plot.
        case rule(x: Double, label: String, stroke: String, dash: String?)
        /// A symbol at each point (no line between them).
        case markers([Point], Marker)
    }

    struct Column: Equatable, Sendable {
        var x0: Double
        var x1: Double
        var height: Double
    }

    var layers: [Layer]
    var xAxis: Axis
    var yAxis: Axis
    var legend = Legend(entries: [])
    var yIncludesZero = true
    var plotHeight = ChartLayout.plotHeight

    /// Data extents of the layers: x always, y only for layers with heights.
    var extents: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        var xs: [Double] = []
        var ys: [Double] = yIncludesZero ? [0] : []
        for layer in layers {
            switch layer {
            case .band(let upper, let lower, _, _):
                xs += (upper + lower).map(\.x)
                ys += (upper + lower).map(\.y)
            case .line(let points, _, _, _), .markers(let points, _):
                xs += points.map(\.x)
                ys += points.map(\.y)
            case .columns(let columns, _):
                xs += columns.flatMap { [$0.x0, $0.x1] }
                ys += columns.map(\.height)
            case .region(let from, let to, _, _):
                xs += [from, to]
            case .rule(let x, _, _, _):
                xs.append(x)
            }
        }
        let finiteX = xs.filter(\.isFinite)
        let finiteY = ys.filter(\.isFinite)
        return ((finiteX.min() ?? 0)...(finiteX.max() ?? 1), (finiteY.min() ?? 0)...(finiteY.max() ?? 1))
    }

    func svg(label: String, width: Double = ChartLayout.width) -> SVGElement {
        let extents = extents
        let yProbe = yAxis.numeric(covering: extents.y, range: (0, 1))
        let yLabelWidth = yProbe.ticks.map { TextMetrics.width($0.label) }.max() ?? 0
        let left = ChartLayout.axisTitleBand + yLabelWidth + Axis.labelGap + Axis.tickLength
        // The last x tick's label is centred on the plot's right end: leave room for its half.
        let lastXLabel = xAxis.categories?.last?.label ?? xAxis.numeric(covering: extents.x, range: (0, 1)).ticks.last?.label ?? ""
        let right = max(ChartLayout.rightMargin, TextMetrics.width(lastXLabel) / 2 + ChartLayout.edgeGap)
        let plotWidth = width - left - right
        let xNumeric = xAxis.numeric(covering: extents.x, range: (left, left + plotWidth))
        let xScale = xAxis.categories == nil ? xNumeric.scale : LinearScale(domain: extents.x, range: (left, left + plotWidth))
        let ruleRows = RuleLabels.rows(layers.compactMap { layer in
            if case .rule(let value, let label, _, _) = layer { return (label, xScale(value)) }
            return nil
        }, width: width)
        let top = ChartLayout.topMargin + Double(ruleRows.count) * ChartLayout.ruleRowHeight
        let (yScale, yTicks) = yAxis.numeric(covering: extents.y, range: (top + plotHeight, top))
        let xTicks: [(value: Double, label: String)] = xAxis.categories.map { categories in
            let span = extents.x.upperBound - extents.x.lowerBound
            return Axis.thinned(categories, pixelsPerUnit: span > 0 ? plotWidth / span : plotWidth).map { ($0.value, $0.label) }
        } ?? Axis.thinned(numeric: xNumeric.ticks, scale: xScale)
        let axisY = top + plotHeight
        let xTitleY = axisY + Axis.tickLength + Axis.labelGap + TextMetrics.bodySize + ChartLayout.axisTitleGap + TextMetrics.titleSize
        let legendY = xTitleY + ChartLayout.legendGap
        let height = legendY + legend.height(width: plotWidth) + ChartLayout.bottomMargin

        var children = [Axis.left(ticks: yTicks, scale: yScale, x: left, gridWidth: plotWidth, title: yAxis.title,
                                  titleX: ChartLayout.axisTitleBand / 2 + TextMetrics.titleSize / 2)]
        children.append(.group("marks", layers.compactMap { mark($0, x: xScale, y: yScale, top: top) }))
        children.append(Axis.bottom(ticks: xTicks, scale: xScale, y: axisY, title: xAxis.title, titleY: xTitleY))
        children.append(RuleLabels.svg(ruleRows, top: ChartLayout.topMargin))
        if !legend.entries.isEmpty { children.append(legend.svg(x: left, y: legendY, width: plotWidth)) }
        return .chart(width: width, height: height, label: label, children)
    }

    private func mark(_ layer: Layer, x: LinearScale, y: LinearScale, top: Double) -> SVGElement? {
        func pixels(_ points: [Point]) -> [(x: Double, y: Double)] { points.map { (x($0.x), y($0.y)) } }
        switch layer {
        case .band(let upper, let lower, let fill, let opacity):
            return SVGElement("path", [("class", "mark band"), ("d", PathData(band: pixels(upper), lower: pixels(lower)).text),
                                       ("fill", fill), ("fill-opacity", String(opacity)), ("stroke", "none")])
        case .line(let points, let stroke, let width, let dash):
            var attributes = [("class", "mark line"), ("d", PathData(line: pixels(points)).text), ("fill", "none"),
                              ("stroke", stroke), ("stroke-width", Markup.number(width))]
            if let dash { attributes.append(("stroke-dasharray", dash)) }
            return SVGElement("path", attributes)
        case .columns(let columns, let fill):
            var group = SVGElement.group("mark columns", columns.map {
                .rect(x: x($0.x0), y: y($0.height), width: x($0.x1) - x($0.x0), height: y(0) - y($0.height), fill: fill, className: "column")
            })
            // A hairline of white between neighbouring columns.
            group.attributes += [("stroke", "#FFFFFF"), ("stroke-width", "0.5")]
            return group
        case .region(let from, let to, let fill, let opacity):
            var rect = SVGElement.rect(x: x.clamped(from), y: top, width: x.clamped(to) - x.clamped(from), height: plotHeight,
                                       fill: fill, className: "region")
            rect.attributes.append(("fill-opacity", String(opacity)))
            return rect
        case .rule(let value, _, let stroke, let dash):
            return .line(x1: x(value), y1: top, x2: x(value), y2: top + plotHeight, stroke: stroke, width: 1.5, dash: dash,
                         className: ChartLayout.referenceLineClass)
        case .markers(let points, let marker):
            return .group("mark markers", pixels(points).map { marker.element(x: $0.x, y: $0.y) })
        }
    }
}
