/// A chart legend: swatches with labels laid out in rows that wrap at the chart's width.
struct Legend: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        enum Swatch: Equatable, Sendable {
            /// A filled square, e.g. a band or a bar.
            case fill(color: String, opacity: Double)
            /// A short line, dashed when `dash` is set.
            case line(color: String, dash: String?)
            /// The symbol of a marker layer.
            case marker(Marker)
        }

        var label: String
        var swatch: Swatch
    }

    var entries: [Entry]

    static let swatchSize = 12.0
    static let rowHeight = 18.0
    static let entryGap = 16.0
    static let swatchGap = 5.0

    /// Rows of entry indices that fit in `width`; a label wider than the whole row is truncated.
    func rows(width: Double) -> [[(index: Int, label: String)]] {
        var rows: [[(index: Int, label: String)]] = [[]]
        var used = 0.0
        let maximumLabel = width - Self.swatchSize - Self.swatchGap
        for (index, entry) in entries.enumerated() {
            let label = TextMetrics.truncate(entry.label, toWidth: maximumLabel)
            let needed = Self.swatchSize + Self.swatchGap + TextMetrics.width(label)
            if used > 0 && used + needed > width {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append((index, label))
            used += needed + Self.entryGap
        }
        return entries.isEmpty ? [] : rows
    }

    /// Height the legend needs at `width`.
    func height(width: Double) -> Double { Double(rows(width: width).count) * Self.rowHeight }

    /// The legend with its top-left corner at (x, y).
    func svg(x: Double, y: Double, width: Double) -> SVGElement {
        var children: [SVGElement] = []
        for (rowIndex, row) in rows(width: width).enumerated() {
            var cursor = x
            let top = y + Double(rowIndex) * Self.rowHeight
            for (index, label) in row {
                let middle = top + Self.swatchSize / 2
                switch entries[index].swatch {
                case .fill(let color, let opacity):
                    var swatch = SVGElement.rect(x: cursor, y: top, width: Self.swatchSize, height: Self.swatchSize, fill: color, className: "swatch")
                    if opacity < 1 { swatch.attributes.append(("fill-opacity", String(opacity))) }
                    children.append(swatch)
                case .line(let color, let dash):
                    children.append(.line(x1: cursor, y1: middle, x2: cursor + Self.swatchSize, y2: middle, stroke: color, width: 2,
                                          dash: dash, className: "swatch"))
                case .marker(let marker):
                    var symbol = marker.element(x: cursor + Self.swatchSize / 2, y: middle)
                    symbol.attributes.insert(("class", "swatch"), at: 0)
                    children.append(symbol)
                }
                cursor += Self.swatchSize + Self.swatchGap
                children.append(.text(label, x: cursor, y: middle + TextMetrics.bodySize * 0.35, className: "legend-label"))
                cursor += TextMetrics.width(label) + Self.entryGap
            }
        }
        return .group("legend", children)
    }
}
