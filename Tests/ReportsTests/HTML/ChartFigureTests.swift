@testable import Reports
import Testing

/// Tornado and allocation charts from plain numbers, and the chart layouts' rules.
@Suite("Chart figures")
struct ChartFigureTests {
    static let tornado = TornadoChart(
        inputs: [.init(label: "win rate", low: 0.41, high: 0.58), .init(label: "deal size", low: 0.30, high: 0.66),
                 .init(label: "churn", low: 0.50, high: 0.47)],
        baseline: 0.495, outcome: "Chance of reaching the target", format: .percent)

    @Test("tornado: widest swing first, bars out from the baseline, caption names the top input")
    func tornadoChart() throws {
        #expect(Self.tornado.sorted.map(\.label) == ["deal size", "win rate", "churn"])
        let figure = Self.tornado.figure
        #expect(figure.caption == "deal size matters most: it moves chance of reaching the target from 30.0% to 66.0% around the base of 49.5%.")
        try GoldenFile.expect(figure.html, "tornado.svg.html")
        #expect(figure.html.contains("<figcaption>Deal size matters most"))
        let axis = BarChart(rows: [], axis: Axis(title: "x"), rules: [.init(value: 0.495, label: "", dash: nil)], includesZero: false)
        #expect(axis.extent == 0.495...0.495, "a tornado's axis need not reach zero")
    }

    @Test("allocation: current and optimal bars per item; the caption names the biggest move")
    func allocationChart() throws {
        let chart = AllocationChart(items: [.init(label: "paid_search", current: 75_000, optimal: 52_000),
                                            .init(label: "events", current: 20_000, optimal: 48_000),
                                            .init(label: "webinars", current: 5_000, optimal: 5_000)],
                                    quantity: "Marketing spend ($)", format: .money(prefix: "$"))
        #expect(chart.caption == "The biggest change is events, which rises from $20k to $48k.")
        let figure = chart.figure
        #expect(figure.wide.markup().components(separatedBy: "class=\"segment\"").count - 1 == 6)
        try GoldenFile.expect(figure.html, "allocation.svg.html")
        #expect(AllocationChart(items: [.init(label: "a", current: 1, optimal: 1)], quantity: "q", format: .number).caption
                == "The current allocation is already optimal.")
    }

    @Test("rule labels that would overlap move to a second row")
    func ruleRows() {
        let chart = XYChart(
            layers: [.line(points: [.init(x: 0, y: 1), .init(x: 100, y: 2)], stroke: Palette.blue, width: 1, dash: nil),
                     .rule(x: 50, label: "Target $2.3M", stroke: Palette.black, dash: nil),
                     .rule(x: 51, label: "P50 $2.31M", stroke: Palette.grey, dash: nil),
                     .rule(x: 90, label: "P90", stroke: Palette.grey, dash: nil)],
            xAxis: Axis(title: "x"), yAxis: Axis(title: "y"))
        let labels = chart.svg(label: "test").children.first { $0.attributes.first?.1 == "rule-labels" }?.children ?? []
        let rows = Set(labels.compactMap { label in label.attributes.first { $0.0 == "y" }?.1 })
        #expect(labels.count == 3)
        #expect(rows.count == 2, "the two close labels need two rows; P90 shares the first")
    }

    @Test("legends wrap into rows at the available width")
    func legendRows() {
        let legend = Legend(entries: (0..<6).map { .init(label: "series number \($0)", swatch: .fill(color: Palette.series($0), opacity: 1)) })
        #expect(legend.rows(width: 2000).count == 1)
        let narrow = legend.rows(width: 260)
        #expect(narrow.count >= 3)
        for row in narrow {
            let used = row.reduce(0.0) { $0 + Legend.swatchSize + Legend.swatchGap + TextMetrics.width($1.label) } + Double(row.count - 1) * Legend.entryGap
            #expect(used <= 260)
        }
    }

    @Test("bar charts cover segments, intervals and rules, always with zero")
    func barExtent() {
        let chart = BarChart(rows: [.init(label: "a", bars: [.init(segments: [.init(from: 10, to: 20, fill: Palette.blue)],
                                                                   interval: 5...25, valueLabel: nil)])],
                             axis: Axis(title: "x"), rules: [.init(value: 30, label: "t", dash: nil)])
        #expect(chart.extent == 0...30)
    }
}
