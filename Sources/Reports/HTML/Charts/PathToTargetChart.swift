import Simulation

/// Cumulative revenue by month as a fan (P10–P90 band, median line) against the target path
/// (monthly targets summed, or the window target spread evenly).
struct PathToTargetChart {
    let result: SimulationResult
    let money: MoneyText

    var figure: Figure {
        let months = result.months
        // x = 0 is the window start (nothing closed yet); x = i + 1 the end of month i.
        func cumulative(_ level: Double) -> [XYChart.Point] {
            [XYChart.Point(x: 0, y: 0)] + months.enumerated().map { index, month in
                XYChart.Point(x: Double(index + 1), y: month.cumulativePercentiles.first { $0.level == level }?.value ?? 0)
            }
        }
        let targetPath = [XYChart.Point(x: 0, y: 0)] + months.enumerated().map { XYChart.Point(x: Double($0 + 1), y: $1.cumulativeTarget) }
        let median = cumulative(0.5)
        let chart = XYChart(
            layers: [
                .band(upper: cumulative(0.9), lower: cumulative(0.1), fill: Palette.skyBlue, opacity: 0.45),
                .line(points: targetPath, stroke: Palette.black, width: 2, dash: "6 4"),
                .line(points: median, stroke: Palette.blue, width: 2.5, dash: nil),
                .markers(Array(median.dropFirst()), .dot(Palette.blue)),
            ],
            xAxis: Axis(title: "End of month", categories: [Axis.Category(value: 0, label: "start")]
                        + months.enumerated().map { Axis.Category(value: Double($0 + 1), label: $1.month.description) }),
            yAxis: Axis(title: "Cumulative revenue\(money.unitSuffix)", format: TickFormat(money: money)),
            legend: Legend(entries: [
                .init(label: "P10–P90 of trials", swatch: .fill(color: Palette.skyBlue, opacity: 0.45)),
                .init(label: "Median (P50)", swatch: .line(color: Palette.blue, dash: nil)),
                .init(label: "Target path", swatch: .line(color: Palette.black, dash: "6 4")),
            ]))
        return Figure(title: "Path to target", chart: chart, label: "Cumulative revenue by month against the target path",
                      caption: caption)
    }

    /// The first month where fewer than half the trials are on track, else the last month.
    var caption: String {
        guard let last = result.months.last else { return "The window has no months." }
        if let behind = result.months.first(where: { $0.probabilityOnTrack < 0.5 }) {
            return "By the end of \(behind.month) only \(NumberText.percent(behind.probabilityOnTrack)) of trials are on track "
                + "for the target path of \(money.compact(behind.cumulativeTarget))."
        }
        return "At least half the trials stay on track every month; \(NumberText.percent(last.probabilityOnTrack)) "
            + "reach \(money.compact(last.cumulativeTarget)) by the end of \(last.month)."
    }
}
