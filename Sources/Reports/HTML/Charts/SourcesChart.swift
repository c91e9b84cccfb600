import Simulation

/// Where revenue comes from: mean window revenue stacked by source (channels, pipeline,
/// recurring) against the target; sources that do not count toward it in a second bar.
struct SourcesChart {
    let result: SimulationResult
    let money: MoneyText

    var figure: Figure {
        var legend: [Legend.Entry] = []
        func stack(_ sources: [(offset: Int, element: SourceSummary)]) -> BarChart.Bar {
            var start = 0.0
            let segments = sources.map { index, source in
                let end = start + source.meanRevenue.value
                defer { start = end }
                return BarChart.Segment(from: start, to: end, fill: Palette.series(index),
                                        tooltip: "\(source.name): \(money.full(source.meanRevenue.value))")
            }
            return BarChart.Bar(segments: segments, interval: nil, valueLabel: money.compact(start))
        }
        let indexed = Array(result.sources.enumerated())
        for (index, source) in indexed {
            let share = source.share.map { " (\(NumberText.percent($0)))" } ?? " (not counted)"
            legend.append(.init(label: source.name + share, swatch: .fill(color: Palette.series(index), opacity: 1)))
        }
        var rows = [BarChart.Row(label: "Counts toward target", bars: [stack(indexed.filter { $0.element.countsTowardTarget })])]
        let uncounted = indexed.filter { !$0.element.countsTowardTarget }
        if !uncounted.isEmpty { rows.append(BarChart.Row(label: "Not counted", bars: [stack(uncounted)])) }
        let chart = BarChart(
            rows: rows, axis: Axis(title: "Mean revenue per trial\(money.unitSuffix)", format: TickFormat(money: money)),
            rules: [BarChart.Rule(value: result.target.total, label: "Target \(money.compact(result.target.total))", dash: nil)],
            legend: Legend(entries: legend))
        return Figure(title: "Where revenue comes from", chart: chart, label: "Mean revenue by source, stacked", caption: caption)
    }

    var caption: String {
        let counted = result.sources.filter(\.countsTowardTarget)
        guard let largest = counted.max(by: { $0.meanRevenue.value < $1.meanRevenue.value }) else {
            return "No source counts toward the target."
        }
        let total = counted.reduce(0) { $0 + $1.meanRevenue.value }
        return "\(largest.name) brings the most: \(NumberText.percent(largest.share ?? 0)) of the mean "
            + "\(money.compact(total)) that counts toward the target."
    }
}
