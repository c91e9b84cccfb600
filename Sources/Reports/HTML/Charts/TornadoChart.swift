/// A tornado chart: for each input, the outcome when the input is at its low and at its high
/// value, as bars out from the baseline outcome, widest swing on top.
///
/// Takes plain numbers so any analysis (one-at-a-time sensitivity, say) can use it.
struct TornadoChart {
    struct Input: Equatable, Sendable {
        var label: String
        /// The outcome with the input at its low value.
        var low: Double
        /// The outcome with the input at its high value.
        var high: Double
    }

    var inputs: [Input]
    /// The outcome with every input at its base value.
    var baseline: Double
    /// What the outcome is, with units, e.g. "Chance of reaching the target".
    var outcome: String
    var format: TickFormat
    /// The figure's heading; name the outcome when a report shows several tornados.
    var title = "What moves the outcome most"

    /// Inputs by swing |high − low|, largest first (ties keep their order).
    var sorted: [Input] {
        inputs.enumerated().sorted { a, b in
            let (swingA, swingB) = (abs(a.element.high - a.element.low), abs(b.element.high - b.element.low))
            return swingA != swingB ? swingA > swingB : a.offset < b.offset
        }.map(\.element)
    }

    var figure: Figure {
        let rows = sorted.map { input in
            BarChart.Row(label: input.label, bars: [BarChart.Bar(
                segments: [.init(from: baseline, to: input.low, fill: Palette.vermillion, tooltip: "low: \(format.label(input.low))"),
                           .init(from: baseline, to: input.high, fill: Palette.blue, tooltip: "high: \(format.label(input.high))")],
                interval: nil, valueLabel: "\(format.label(input.low)) to \(format.label(input.high))")])
        }
        let chart = BarChart(
            rows: rows, axis: Axis(title: outcome, format: format),
            rules: [BarChart.Rule(value: baseline, label: "Base \(format.label(baseline))", dash: nil)],
            legend: Legend(entries: [.init(label: "Input at its low value", swatch: .fill(color: Palette.vermillion, opacity: 1)),
                                     .init(label: "Input at its high value", swatch: .fill(color: Palette.blue, opacity: 1))]),
            includesZero: false)
        return Figure(title: title, chart: chart, label: "Tornado chart of \(outcome)", caption: caption)
    }

    var caption: String {
        guard let top = sorted.first else { return "No inputs were varied." }
        return "\(top.label) matters most: it moves \(outcome.lowercased()) from \(format.label(top.low)) to \(format.label(top.high)) "
            + "around the base of \(format.label(baseline))."
    }
}
