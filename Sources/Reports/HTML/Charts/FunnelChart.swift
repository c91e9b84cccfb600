import Simulation

/// Leads → opportunities → won deals per channel (means per trial).
///
/// The result keeps only means of the funnel counts, so no intervals are drawn.
struct FunnelChart {
    let result: SimulationResult

    static var stages: [(name: String, colour: String, value: (ChannelFunnel) -> Double)] {
        [("Leads", Palette.skyBlue, \.leads), ("Opportunities", Palette.blue, \.opportunities), ("Won deals", Palette.bluishGreen, \.won)]
    }

    var figure: Figure {
        let rows = result.funnel.map { channel in
            BarChart.Row(label: channel.channel, bars: Self.stages.map { stage in
                let value = stage.value(channel)
                return BarChart.Bar(segments: [.init(from: 0, to: value, fill: stage.colour, tooltip: "\(stage.name): \(NumberText.grouped(value, decimals: 1))")],
                                    interval: nil, valueLabel: NumberText.grouped(value, decimals: value < 100 ? 1 : 0))
            })
        }
        let chart = BarChart(
            rows: rows, axis: Axis(title: "Mean per trial (count)", format: .number),
            legend: Legend(entries: Self.stages.map { .init(label: $0.name, swatch: .fill(color: $0.colour, opacity: 1)) }))
        return Figure(title: "Funnel by channel", chart: chart, label: "Leads, opportunities and won deals per channel", caption: caption)
    }

    var caption: String {
        let leads = result.funnel.reduce(0) { $0 + $1.leads }
        let won = result.funnel.reduce(0) { $0 + $1.won }
        guard leads > 0 else { return "No channel brings leads in this plan." }
        return "\(NumberText.percent(won / leads)) of leads become won deals: on average \(NumberText.grouped(won, decimals: 1)) "
            + "deals from \(NumberText.grouped(leads)) leads per trial."
    }
}
