/// Current against optimal allocation (of budget, say) per item, as pairs of bars.
///
/// Takes plain numbers so any optimiser can use it.
struct AllocationChart {
    struct Item: Equatable, Sendable {
        var label: String
        var current: Double
        var optimal: Double
    }

    var items: [Item]
    /// What is allocated, with units, e.g. "Marketing spend ($)".
    var quantity: String
    var format: TickFormat

    var figure: Figure {
        let rows = items.map { item in
            BarChart.Row(label: item.label, bars: [
                BarChart.Bar(segments: [.init(from: 0, to: item.current, fill: Palette.grey, tooltip: "current: \(format.label(item.current))")],
                             interval: nil, valueLabel: format.label(item.current)),
                BarChart.Bar(segments: [.init(from: 0, to: item.optimal, fill: Palette.blue, tooltip: "optimal: \(format.label(item.optimal))")],
                             interval: nil, valueLabel: format.label(item.optimal)),
            ])
        }
        let chart = BarChart(
            rows: rows, axis: Axis(title: quantity, format: format),
            legend: Legend(entries: [.init(label: "Current", swatch: .fill(color: Palette.grey, opacity: 1)),
                                     .init(label: "Optimal", swatch: .fill(color: Palette.blue, opacity: 1))]))
        return Figure(title: "Current and optimal allocation", chart: chart, label: "Current and optimal \(quantity)", caption: caption)
    }

    /// Names the item whose allocation changes most.
    var caption: String {
        guard let moved = items.max(by: { abs($0.optimal - $0.current) < abs($1.optimal - $1.current) }),
              moved.optimal != moved.current else { return "The current allocation is already optimal." }
        let verb = moved.optimal > moved.current ? "rises" : "falls"
        return "The biggest change is \(moved.label), which \(verb) from \(format.label(moved.current)) to \(format.label(moved.optimal))."
    }
}
