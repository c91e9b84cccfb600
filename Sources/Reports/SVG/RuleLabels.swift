/// Labels of vertical reference lines (target, zero, base, percentiles), set in rows above
/// the plot: each goes in the first row where it clears its neighbours by `ChartLayout.ruleLabelGap`,
/// centred on its line but kept inside the chart, so markers close together stay readable
/// and no label ever sits on a line.
enum RuleLabels {
    struct Placed: Equatable, Sendable {
        var text: String
        /// Centre of the label.
        var x: Double
    }

    /// Rows of labels, top row first, for labels at pixel positions `rules` on a chart `width` wide.
    static func rows(_ rules: [(text: String, x: Double)], width: Double) -> [[Placed]] {
        var rows: [[Placed]] = []
        var rowEnds: [Double] = []
        for (text, position) in rules.sorted(by: { $0.x < $1.x }) where !text.isEmpty {
            let half = TextMetrics.width(text) / 2
            let centre = min(max(position, half + 2), width - half - 2)
            if let row = rowEnds.firstIndex(where: { $0 + ChartLayout.ruleLabelGap <= centre - half }) {
                rows[row].append(Placed(text: text, x: centre))
                rowEnds[row] = centre + half
            } else {
                rows.append([Placed(text: text, x: centre)])
                rowEnds.append(centre + half)
            }
        }
        return rows
    }

    /// The labels as text elements; row r sits in the band of height `ChartLayout.ruleRowHeight`
    /// below `top` + r bands.
    static func svg(_ rows: [[Placed]], top: Double) -> SVGElement {
        .group("rule-labels", rows.enumerated().flatMap { row, labels in
            labels.map { SVGElement.text($0.text, x: $0.x, y: top + Double(row + 1) * ChartLayout.ruleRowHeight - 5, anchor: "middle", className: "rule-label") }
        })
    }
}
